package support

import okhttp3.MultipartBody
import okhttp3.OkHttpClient
import okhttp3.Request

private const val TRANSCRIPTIONS_URL = "https://api.openai.com/v1/audio/transcriptions"

/** Sends a support call's recording for transcription. */
class SpeechClient(private val http: OkHttpClient, private val apiKey: String) {
    fun transcribe(form: MultipartBody): String {
        val request = Request.Builder()
            .url(TRANSCRIPTIONS_URL)
            .header("Authorization", "Bearer $apiKey")
            .post(form)
            .build()
        http.newCall(request).execute().use { return it.body!!.string() }
    }
}
