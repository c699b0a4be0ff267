package relay

// moderationsURL is where flagged tickets are checked before they are stored.
const moderationsURL = "https://api.openai.com/v1/moderations"

// Check asks the moderation endpoint about one ticket.
func Check(ticket string) ([]byte, error) {
	return postJSON(moderationsURL, map[string]string{"input": ticket})
}
