import Foundation
import OpenAI

/// Drafts replies in the iOS app with MacPaw's OpenAI package.
final class ChatService {
    private let openAI = OpenAI(apiToken: Secrets.openAIKey)

    func reply(to text: String) async throws -> String {
        let query = ChatQuery(messages: [.user(.init(content: .string(text)))], model: .gpt4_o_mini)
        let result = try await openAI.chats(query: query)
        return result.choices.first?.message.content ?? ""
    }

    func summarize(_ text: String) async throws -> ResponseObject {
        try await openAI.responses.createResponse(query: CreateModelResponseQuery(input: .textInput(text), model: "gpt-4o-mini", store: false))
    }
}
