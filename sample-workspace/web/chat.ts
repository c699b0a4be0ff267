import OpenAI from 'openai';

const openai = new OpenAI();

export async function summarize(text: string): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1-mini',
    messages: [{ role: 'user', content: `Summarize: ${text}` }],
    store: true,
  });
  return completion.choices[0]?.message.content ?? '';
}

export async function moderate(text: string) {
  return openai.moderations.create({ input: text });
}
