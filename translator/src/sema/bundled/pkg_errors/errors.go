// Package errors: gort's bundled github.com/pkg/errors (error values with context, and the
// cause chain), written for gort from the package's documented API. Errors print their
// message for %s, %v and %+v; the original also prints a stack trace for %+v, which a
// translated program has no Go frames for.
package errors

import (
	stderrors "errors"
	"fmt"
)

// fundamental is an error made by New or Errorf.
type fundamental struct {
	msg string
}

func (f *fundamental) Error() string { return f.msg }

// New returns an error with the message.
func New(message string) error {
	return &fundamental{msg: message}
}

// Errorf returns an error whose message is formatted as fmt.Sprintf does.
func Errorf(format string, args ...interface{}) error {
	return &fundamental{msg: fmt.Sprintf(format, args...)}
}

// withStack marks an error as annotated with the place it was wrapped.
type withStack struct {
	error
}

func (w *withStack) Cause() error  { return w.error }
func (w *withStack) Unwrap() error { return w.error }

// WithStack annotates err (nil for a nil err).
func WithStack(err error) error {
	if err == nil {
		return nil
	}
	return &withStack{err}
}

// withMessage prefixes a cause's message.
type withMessage struct {
	cause error
	msg   string
}

func (w *withMessage) Error() string { return w.msg + ": " + w.cause.Error() }
func (w *withMessage) Cause() error  { return w.cause }
func (w *withMessage) Unwrap() error { return w.cause }

// Wrap returns err with the message in front ("message: err"), nil for a nil err.
func Wrap(err error, message string) error {
	if err == nil {
		return nil
	}
	return &withStack{&withMessage{cause: err, msg: message}}
}

// Wrapf is Wrap with a formatted message.
func Wrapf(err error, format string, args ...interface{}) error {
	if err == nil {
		return nil
	}
	return &withStack{&withMessage{cause: err, msg: fmt.Sprintf(format, args...)}}
}

// WithMessage is Wrap without the stack annotation.
func WithMessage(err error, message string) error {
	if err == nil {
		return nil
	}
	return &withMessage{cause: err, msg: message}
}

// WithMessagef is WithMessage with a formatted message.
func WithMessagef(err error, format string, args ...interface{}) error {
	if err == nil {
		return nil
	}
	return &withMessage{cause: err, msg: fmt.Sprintf(format, args...)}
}

// Cause follows Cause methods down to the first error without one.
func Cause(err error) error {
	type causer interface {
		Cause() error
	}
	for err != nil {
		c, ok := err.(causer)
		if !ok {
			break
		}
		err = c.Cause()
	}
	return err
}

// Is is the standard errors.Is.
func Is(err, target error) bool { return stderrors.Is(err, target) }

// As is the standard errors.As.
func As(err error, target interface{}) bool { return stderrors.As(err, target) }

// Unwrap is the standard errors.Unwrap.
func Unwrap(err error) error { return stderrors.Unwrap(err) }
