package app.mobile

import com.aallam.openai.api.chat.ChatCompletionRequest
import com.aallam.openai.api.file.FileId
import com.aallam.openai.client.OpenAI

/** The Android app's calls, through aallam's openai-kotlin client. */
class AssistantRepository(private val openAI: OpenAI) {
    suspend fun ask(request: ChatCompletionRequest) = openAI.chatCompletion(request)

    suspend fun describe(id: String) = openAI.file(FileId(id))
}
