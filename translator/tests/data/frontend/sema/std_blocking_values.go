package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func withLock(lock, unlock func(), f func()) {
	lock()
	defer unlock()
	f()
}

func pause(sleep func(time.Duration)) {
	sleep(time.Millisecond)
}

type lockedCtx struct {
	context.Context
	mu  sync.Mutex
	err error
}

func (c *lockedCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func main() {
	var mu sync.Mutex
	n := 0
	withLock(mu.Lock, mu.Unlock, func() { n++ })
	wait := new(sync.WaitGroup).Wait
	wait()
	pause(time.Sleep)
	var ctx context.Context = &lockedCtx{Context: context.Background()}
	fmt.Println(n, ctx.Err())
	// want async withLock => true
	// want async pause => true
	// want await lock() => true
	// want await unlock() => true
	// want await wait() => true
	// want await sleep(time.Millisecond) => true
	// want diag G0108 @ 26:21
}
