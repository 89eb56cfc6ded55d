#ifndef HOSO_CLIBXML2_SHIM_H
#define HOSO_CLIBXML2_SHIM_H
// libxml2's ICU types clash with Foundation's on Linux: turn them off before any other header.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlmemory.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

/// xmlFree is a mutable global function pointer; Swift 6 refuses to touch it directly.
static inline void hoso_xml_free(void *pointer) { xmlFree(pointer); }

/// The default error handler prints to stderr; silence it (errors are read from the context).
/// libxml2 keeps these handlers per thread: the `ThrDef` calls set them for every thread started
/// later too (forms render on worker threads).
static void hoso_xml_silent_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void hoso_xml_silence(void) {
    xmlThrDefSetGenericErrorFunc(NULL, hoso_xml_silent_generic);
    xmlThrDefSetStructuredErrorFunc(NULL, NULL);
    xmlSetGenericErrorFunc(NULL, hoso_xml_silent_generic);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/// A document type declaration stops the parse where it starts, before its internal subset is
/// read: no entity is ever declared, so none can be expanded ("billion laughs") or fetched (XXE).
static void hoso_xml_stop_at_dtd(void *ctx, const xmlChar *name, const xmlChar *externalID, const xmlChar *systemID) {
    (void)name; (void)externalID; (void)systemID;
    xmlStopParser((xmlParserCtxtPtr)ctx);
}
static inline void hoso_xml_refuse_dtd(xmlParserCtxtPtr ctxt) {
    if (ctxt != NULL && ctxt->sax != NULL) ctxt->sax->internalSubset = hoso_xml_stop_at_dtd;
}

/// A text node whose content `xmlsave` writes verbatim (libxml2's "disable output escaping",
/// as XSLT uses it): a subtree already serialized, spliced back by its serializer.
static inline void hoso_xml_mark_verbatim(xmlNodePtr node) { node->name = xmlStringTextNoenc; }
static inline int hoso_xml_is_verbatim(const xmlNode *node) {
    return node->type == XML_TEXT_NODE && node->name == xmlStringTextNoenc;
}

/// glibc only: keep freed memory for the next document instead of returning it to the kernel
/// (allocations below 32 MB come from the heap; the heap is trimmed only past 128 MB free).
#if defined(__GLIBC__)
#include <malloc.h>
static inline void hoso_malloc_prefer_throughput(void) {
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
}
#else
static inline void hoso_malloc_prefer_throughput(void) {}
#endif
#endif
