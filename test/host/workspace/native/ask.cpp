// A command-line helper that asks the Chat Completions API one question through libcurl.
#include <curl/curl.h>
#include <iostream>
#include <string>

static const char *kChatUrl = "https://api.openai.com/v1/chat/completions";

static size_t collect(void *data, size_t size, size_t count, void *out) {
    static_cast<std::string *>(out)->append(static_cast<char *>(data), size * count);
    return size * count;
}

int main(int argc, char **argv) {
    const std::string question = argc > 1 ? argv[1] : "What is zero data retention?";
    const std::string body = R"({"model": "gpt-4o-mini", "store": false, "messages": [{"role": "user", "content": ")" + question + R"("}]})";
    std::string answer;
    CURL *curl = curl_easy_init();
    if (!curl) return 1;
    curl_easy_setopt(curl, CURLOPT_URL, kChatUrl);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    const CURLcode result = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    std::cout << answer << std::endl;
    return result == CURLE_OK ? 0 : 1;
}
