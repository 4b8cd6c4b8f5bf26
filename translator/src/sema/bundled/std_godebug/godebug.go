// Package godebug is gort's stand-in for Go's internal/godebug, used only when a standard
// package is translated from Go's own source. A setting's value comes from the GODEBUG
// environment variable (comma-separated name=value pairs, the last one winning), read when
// asked; unset means Go's default behaviour, which is what the packages implement for "".
package godebug

import (
	"os"
	"strings"
)

// A Setting is a single setting in the GODEBUG environment variable.
type Setting struct {
	name string
}

// New returns a new Setting for the $GODEBUG setting with the given name. A leading '#'
// marks an undocumented setting.
func New(name string) *Setting {
	return &Setting{name: name}
}

// Name returns the name of the setting.
func (s *Setting) Name() string {
	if s.name != "" && s.name[0] == '#' {
		return s.name[1:]
	}
	return s.name
}

// Undocumented reports whether this is an undocumented setting.
func (s *Setting) Undocumented() bool {
	return s.name != "" && s.name[0] == '#'
}

// String returns a printable form for the setting: name=value.
func (s *Setting) String() string {
	return s.Name() + "=" + s.Value()
}

// IncNonDefault counts a use of a non-default behaviour; gort keeps no such metrics.
func (s *Setting) IncNonDefault() {}

// Value returns the current value of the setting, "" when GODEBUG does not set it.
func (s *Setting) Value() string {
	value := ""
	for _, kv := range strings.Split(os.Getenv("GODEBUG"), ",") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == s.Name() {
			value = v
		}
	}
	return value
}
