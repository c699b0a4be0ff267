import { AzureOpenAI } from 'openai';

const azure = new AzureOpenAI({ endpoint: 'https://contoso.openai.azure.com', apiVersion: '2024-10-21', deployment: 'gpt-4o' });

export async function classify(ticket: string) {
  return azure.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: ticket }] });
}
