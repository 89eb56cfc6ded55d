#ifndef HOSO_CLIBZIP_SHIM_H
#define HOSO_CLIBZIP_SHIM_H
#include <stdlib.h>
#include <string.h>
#include <zip.h>
#include <zlib.h>

/// Raw-deflates `length` bytes of `input` at zlib `level` into a new malloc'd buffer (the caller
/// owns it), setting `*compressed_length` and the CRC-32 of the input in `*crc`; NULL on failure.
/// libzip's own deflate uses zlib's largest hash tables (memLevel 9); on WordprocessingML, an
/// eighth of that (memLevel 6) deflates twice as fast at level 1 (a 100-row table: 0.16 ms
/// instead of 0.32, memLevel 7 0.18) for output of the same size (+0.9% on 5,000 rows): a
/// smaller hash table is cleared and missed in cache less. A small part needs no more window
/// than its own size (zlib sets up, and clears, some 256 KB of state for the largest).
static inline unsigned char *hoso_deflate(const unsigned char *input, size_t length, int level,
                                          size_t *compressed_length, unsigned long *crc) {
    if (length > (size_t)UINT32_MAX) return NULL;  /* one deflate call takes a 32-bit count */
    int window_bits = 9;
    while (window_bits < MAX_WBITS && ((size_t)1 << window_bits) < length) window_bits++;
    int memory_level = window_bits - 9 < 2 ? 2 : window_bits - 9;  /* 6 for a full window */
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (deflateInit2(&stream, level, Z_DEFLATED, -window_bits, memory_level, Z_DEFAULT_STRATEGY) != Z_OK) return NULL;
    uLong bound = deflateBound(&stream, (uLong)length);
    unsigned char *output = malloc(bound > 0 ? bound : 1);
    if (output == NULL) { deflateEnd(&stream); return NULL; }
    stream.next_in = (Bytef *)input;
    stream.avail_in = (uInt)length;
    stream.next_out = output;
    stream.avail_out = (uInt)bound;
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END) { deflateEnd(&stream); free(output); return NULL; }
    *compressed_length = stream.total_out;
    deflateEnd(&stream);
    *crc = crc32_z(0, input, length);
    return output;
}

/// The most `hoso_deflate_piece` can write for `length` bytes: zlib's conservative bound (used
/// for any memLevel but 8), plus the empty stored block of a sync flush.
static inline size_t hoso_deflate_piece_bound(size_t length) {
    return length + ((length + 7) >> 3) + ((length + 63) >> 6) + 5 + 16;
}

/// Raw-deflates `length` bytes at `input` as one piece of a longer deflate stream, as pigz does:
/// the `dictionary_length` bytes just before `input` (at most 32 KiB) prime the window so that
/// matches may reach back into the previous piece; a piece that is not `last` ends with a sync
/// flush (byte-aligned, not final), so the pieces concatenated are one valid stream. The output
/// depends only on the bytes and the piece boundaries. Writes into `output` (room for
/// `hoso_deflate_piece_bound(length)` bytes, allocated by the caller: a worker thread then
/// allocates only zlib's own state), setting `*compressed_length` and the CRC-32 of the piece in
/// `*crc`; returns 0, or -1 on failure.
static inline int hoso_deflate_piece(const unsigned char *input, size_t length, size_t dictionary_length, int last,
                                     int level, unsigned char *output, size_t *compressed_length, unsigned long *crc) {
    if (length > (size_t)UINT32_MAX / 2 || dictionary_length > 32768) return -1;
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 6, Z_DEFAULT_STRATEGY) != Z_OK) return -1;
    if (dictionary_length > 0 && deflateSetDictionary(&stream, input - dictionary_length, (uInt)dictionary_length) != Z_OK) {
        deflateEnd(&stream);
        return -1;
    }
    stream.next_in = (Bytef *)input;
    stream.avail_in = (uInt)length;
    stream.next_out = output;
    stream.avail_out = (uInt)hoso_deflate_piece_bound(length);
    int status = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
    int failed = (last && status != Z_STREAM_END) || (!last && (status != Z_OK || stream.avail_in != 0));
    *compressed_length = stream.total_out;
    deflateEnd(&stream);
    if (failed) return -1;
    *crc = crc32_z(0, input, length);
    return 0;
}

/// The CRC-32 of two pieces one after the other, from theirs (`second_length`: the second's size).
static inline unsigned long hoso_crc32_combine(unsigned long first, unsigned long second, size_t second_length) {
    return crc32_combine(first, second, (z_off_t)second_length);
}

#endif
