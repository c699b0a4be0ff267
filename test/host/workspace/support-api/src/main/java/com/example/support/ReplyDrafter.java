package com.example.support;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

/** Drafts replies to support tickets with the chat API; where it sends them is set in application.yml. */
@Service
public class ReplyDrafter {
    @Value("${openai.chat-url}")
    private String chatUrl;

    @Value("${openai.api-key}")
    private String apiKey;

    private final RestTemplate restTemplate = new RestTemplate();

    public Map<?, ?> draft(String ticket) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(apiKey);
        Map<String, Object> body = Map.of("model", "gpt-4o-mini", "messages", List.of(Map.of("role", "user", "content", ticket)));
        return restTemplate.postForObject(chatUrl, new HttpEntity<>(body, headers), Map.class);
    }
}
