<?php
// Summarises invoices with the openai-php client.

$client = OpenAI::client(getenv('OPENAI_API_KEY'));

function summarise(string $invoice): string
{
    global $client;
    $result = $client->chat()->create([
        'model' => 'gpt-4o-mini',
        'messages' => [['role' => 'user', 'content' => "Summarise: $invoice"]],
    ]);
    return $result->choices[0]->message->content;
}
