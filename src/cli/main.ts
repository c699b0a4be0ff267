process.stdout.write('openai-privacy-lens: usage: openai-privacy-lens <scan|policy> …\n');
