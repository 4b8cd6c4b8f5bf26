package ioutil

import (
	"io"
	"io/fs"
	"os"
)

var Discard io.Writer

func ReadAll(r io.Reader) ([]byte, error)
func ReadFile(filename string) ([]byte, error)
func WriteFile(filename string, data []byte, perm fs.FileMode) error
func ReadDir(dirname string) ([]fs.FileInfo, error)
func TempDir(dir, pattern string) (name string, err error)
func TempFile(dir, pattern string) (f *os.File, err error)
