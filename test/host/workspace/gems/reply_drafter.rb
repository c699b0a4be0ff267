# Drafts replies to support tickets with the ruby-openai gem.
require "openai"

class ReplyDrafter
  def initialize
    @client = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_ACCESS_TOKEN"))
  end

  def draft(ticket)
    response = @client.chat(
      parameters: {
        model: "gpt-4o-mini",
        messages: [{ role: "user", content: "Draft a reply to: #{ticket}" }],
        temperature: 0.3
      }
    )
    response.dig("choices", 0, "message", "content")
  end
end
