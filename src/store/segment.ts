// One segment of a SegmentLog: its record index plus the file descriptors and the buffered acks.
// Descriptors are opened lazily and closed when the segment is neither written nor read, so a deep backlog
// of many segments does not hold many descriptors.

import { RecordIndex } from './record-index.js';

export class Segment extends RecordIndex {
  /** Descriptor of the .seg file, or -1. Opened read-write for the current segment, read-only otherwise. */
  fd = -1;
  /** Descriptor of the .ack file (append mode), or -1. */
  ackFd = -1;
  /** Acked offsets (u32 LE) not yet written to the .ack file. */
  ackBuf: Buffer | null = null;
  ackLen = 0;
  /** Bytes written to the .seg file since its last fdatasync. */
  dataDirty = false;
  /** Bytes written to the .ack file since its last fdatasync. */
  ackDirty = false;
  /** Set once the files are unlinked; late acks and reads of it are ignored or rejected. */
  deleted = false;

  queueAck(offset: number): void {
    let b = this.ackBuf;
    if (b === null) b = this.ackBuf = Buffer.allocUnsafe(256);
    else if (this.ackLen + 4 > b.length) {
      const bigger = Buffer.allocUnsafe(b.length * 2);
      b.copy(bigger, 0, 0, this.ackLen);
      b = this.ackBuf = bigger;
    }
    b.writeUInt32LE(offset, this.ackLen);
    this.ackLen += 4;
  }
}
