// One segment of a SegmentLog: its record index plus the file descriptors and the buffered acks.
// While a segment can still be sealed by this run (it is written, or was scanned at open) it also keeps each
// record's flags byte, which its .idx stores; a sealed segment whose index is written drops them.
// Descriptors are opened lazily and closed when the segment is neither written nor read, so a deep backlog
// of many segments does not hold many descriptors.

import { ACK_ENTRY, encodeAck } from './ack-file.js';
import { RecordIndex } from './record-index.js';

export class Segment extends RecordIndex {
  /** Descriptor of the .seg file, or -1. Opened read-write for the current segment, read-only otherwise. */
  fd = -1;
  /** Descriptor of the .ack file (append mode), or -1. */
  ackFd = -1;
  /** Ack entries (ack-file.ts) not yet written to the .ack file. */
  ackBuf: Buffer | null = null;
  ackLen = 0;
  /** Bytes of the .ack file as last written (read when its descriptor is opened): a failed write is cut back to it. */
  ackSize = -1;
  /** The .seg file's length: zeros from `size` on, written ahead of the records (preallocation.ts). */
  allocated = 0;
  /** Bytes written to the .seg file since its last fdatasync. */
  dataDirty = false;
  /** Bytes written to the .ack file since its last fdatasync. */
  ackDirty = false;
  /** Set once the files are unlinked; late acks and reads of it are ignored or rejected. */
  deleted = false;
  /** Flags byte of each record, for the .idx; null once the index is written (or not needed). */
  flags: Uint8Array | null = new Uint8Array(64);
  /**
   * Records at offsets below this were checked (CRC32C) since open, or were written by this run. A segment
   * recovered from its .idx starts at 0: its records are checked when first read (see log.ts, invariant 6).
   */
  verifiedTo = Number.POSITIVE_INFINITY;
  /** CRC field of the last record (the .idx keeps it to tie itself to the data). */
  lastCrc = 0;

  /** push() plus the record's flags. */
  pushRecord(offset: number, length: number, flags: number): void {
    this.push(offset, length);
    let f = this.flags;
    if (f === null) return;
    if (this.n > f.length) {
      const bigger = new Uint8Array(Math.max(f.length * 2, this.n));
      bigger.set(f);
      f = this.flags = bigger;
    }
    f[this.n - 1] = flags;
  }

  queueAck(offset: number): void {
    let b = this.ackBuf;
    if (b === null) b = this.ackBuf = Buffer.allocUnsafe(256);
    else if (this.ackLen + ACK_ENTRY > b.length) {
      const bigger = Buffer.allocUnsafe(b.length * 2);
      b.copy(bigger, 0, 0, this.ackLen);
      b = this.ackBuf = bigger;
    }
    encodeAck(b, this.ackLen, this.id, offset);
    this.ackLen += ACK_ENTRY;
  }
}
