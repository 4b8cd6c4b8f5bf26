package crc32

import "hash"

const Size = 4

const (
	IEEE       = 0xedb88320
	Castagnoli = 0x82f63b78
	Koopman    = 0xeb31d82e
)

type Table struct{}

var IEEETable *Table

func MakeTable(poly uint32) *Table
func New(tab *Table) hash.Hash32
func NewIEEE() hash.Hash32
func Checksum(data []byte, tab *Table) uint32
func ChecksumIEEE(data []byte) uint32
func Update(crc uint32, tab *Table, p []byte) uint32
