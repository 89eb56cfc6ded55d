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

/// Already-deflated bytes offered to libzip, which then copies them into the archive as they are.
typedef struct {
    unsigned char *data;
    zip_uint64_t length, offset, size;
    zip_uint32_t crc;
    zip_error_t error;
} hoso_deflated_entry;

static zip_int64_t hoso_deflated_callback(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command) {
    hoso_deflated_entry *entry = state;
    switch (command) {
    case ZIP_SOURCE_OPEN:
        entry->offset = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        zip_uint64_t count = entry->length - entry->offset;
        if (count > length) count = length;
        memcpy(data, entry->data + entry->offset, count);
        entry->offset += count;
        return (zip_int64_t)count;
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        zip_stat_t *stat = data;
        zip_stat_init(stat);
        stat->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC | ZIP_STAT_ENCRYPTION_METHOD;
        stat->size = entry->size;
        stat->comp_size = entry->length;
        stat->comp_method = ZIP_CM_DEFLATE;
        stat->crc = entry->crc;
        stat->encryption_method = ZIP_EM_NONE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&entry->error, data, length);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&entry->error);
        free(entry->data);
        free(entry);
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        zip_error_set(&entry->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

/// A source for `archive` holding `length` bytes of raw deflate `data` (taken over: freed with
/// the source, or at once when NULL is returned) that inflate to `size` bytes with CRC-32 `crc`.
static inline zip_source_t *hoso_deflated_source(zip_t *archive, unsigned char *data, zip_uint64_t length,
                                                 zip_uint64_t size, zip_uint32_t crc) {
    hoso_deflated_entry *entry = malloc(sizeof *entry);
    if (entry == NULL) { free(data); return NULL; }
    entry->data = data;
    entry->length = length;
    entry->offset = 0;
    entry->size = size;
    entry->crc = crc;
    zip_error_init(&entry->error);
    zip_source_t *source = zip_source_function(archive, hoso_deflated_callback, entry);
    if (source == NULL) { free(data); free(entry); }
    return source;
}
#endif
