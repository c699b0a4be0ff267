<#
.SYNOPSIS
    Summarizes a support ticket with the Responses API.
#>
param([string]$TicketPath)

$uri = "https://api.openai.com/v1/responses"
$body = @{
    model = "gpt-4o-mini"
    input = "Summarize: $(Get-Content $TicketPath -Raw)"
    store = $false
} | ConvertTo-Json

$response = Invoke-RestMethod -Method Post -Uri $uri -Headers @{
    Authorization = "Bearer $env:OPENAI_API_KEY"
} -Body $body -ContentType "application/json"
$response.output_text
