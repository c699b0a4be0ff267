/* Summarise last week's support tickets with the OpenAI API from SAS. */
%let model = gpt-4o-mini;

filename payload temp;
filename answer temp;

data _null_;
  file payload;
  put '{"model": "&model.", "messages": [{"role": "user", "content": "Summarise the tickets."}]}';
run;

proc http url="https://api.openai.com/v1/chat/completions"
          method="POST"
          in=payload
          out=answer;
  headers "Authorization" = "Bearer &openai_key."
          "Content-Type" = "application/json";
run;

libname answer json fileref=answer;
