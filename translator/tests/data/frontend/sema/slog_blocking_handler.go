package main

import (
	"context"
	"log/slog"
	"os"
	"sync"
)

type lockedHandler struct {
	slog.Handler
	mu *sync.Mutex
	n  int
}

func (h lockedHandler) Handle(ctx context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.n++
	return h.Handler.Handle(ctx, r)
}

func main() {
	h := lockedHandler{Handler: slog.NewTextHandler(os.Stdout, nil), mu: &sync.Mutex{}}
	slog.New(h).Info("hi")
	// want diag G0108 @ 16:24
}
