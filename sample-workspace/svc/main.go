package main

import (
	"context"
	"fmt"

	"github.com/openai/openai-go/v3"
)

func main() {
	client := openai.NewClient()
	vs, err := client.VectorStores.New(context.TODO(), openai.VectorStoreNewParams{Name: openai.String("handbook")})
	if err != nil {
		panic(err)
	}
	fmt.Println(vs.ID)
}
