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
#include <stdlib.h>
#include <string.h>

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

/// Whether `node` and (when `deep`) its subtree hold only elements and text, none declaring a
/// namespace: what `hoso_xml_copy_in_scope` copies.
static inline int hoso_xml_copyable_in_scope(const xmlNode *node, int deep) {
    if (node->type == XML_TEXT_NODE) return node->name == xmlStringText;
    if (node->type != XML_ELEMENT_NODE || node->nsDef != NULL) return 0;
    for (const xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next) {
        const xmlNode *value = attribute->children;
        if (value != NULL && (value->type != XML_TEXT_NODE || value->next != NULL)) return 0;
    }
    if (!deep) return 1;
    for (const xmlNode *child = node->children; child != NULL; child = child->next) {
        if (!hoso_xml_copyable_in_scope(child, 1)) return 0;
    }
    return 1;
}

/// A copy of `node` (with its descendants when `deep`) in its own document that points at the
/// namespace declarations `node` sees instead of declaring them again on itself, as
/// xmlDocCopyNode does for a detached copy (which xmlDOMWrapReconcileNamespaces then removes
/// again once linked): only valid where those declarations are in scope — beside `node`, or in
/// a copy of its parent. NULL when `node` is not `hoso_xml_copyable_in_scope` (or out of memory);
/// the copy is unlinked.
static inline xmlNodePtr hoso_xml_copy_in_scope(xmlNodePtr node, int deep) {
    if (node->type == XML_TEXT_NODE) {
        xmlNodePtr text = xmlNewDocText(node->doc, node->content);
        if (text != NULL) text->line = node->line;
        return text;
    }
    xmlNodePtr copy = xmlNewDocNode(node->doc, node->ns, node->name, NULL);
    if (copy == NULL) return NULL;
    copy->line = node->line;
    for (xmlAttrPtr attribute = node->properties; attribute != NULL; attribute = attribute->next) {
        const xmlChar *value = attribute->children != NULL ? attribute->children->content : NULL;
        if (xmlNewNsProp(copy, attribute->ns, attribute->name, value) == NULL) { xmlFreeNode(copy); return NULL; }
    }
    if (deep) {
        for (xmlNodePtr child = node->children; child != NULL; child = child->next) {
            xmlNodePtr childCopy = hoso_xml_copy_in_scope(child, 1);
            if (childCopy == NULL) { xmlFreeNode(copy); return NULL; }
            childCopy->parent = copy;
            childCopy->prev = copy->last;
            if (copy->last != NULL) copy->last->next = childCopy; else copy->children = childCopy;
            copy->last = childCopy;
        }
    }
    return copy;
}

/// A growable byte array filled by `hoso_xml_write_tree`; the caller frees `data`.
typedef struct {
    unsigned char *data;
    size_t count, capacity;
} hoso_bytes;

static inline int hoso_bytes_add(hoso_bytes *bytes, const void *data, size_t count) {
    if (bytes->count + count > bytes->capacity) {
        size_t capacity = bytes->capacity < 256 ? 256 : bytes->capacity;
        while (capacity < bytes->count + count) capacity *= 2;
        unsigned char *grown = realloc(bytes->data, capacity);
        if (grown == NULL) return -1;
        bytes->data = grown;
        bytes->capacity = capacity;
    }
    memcpy(bytes->data + bytes->count, data, count);
    bytes->count += count;
    return 0;
}

static inline int hoso_bytes_add_string(hoso_bytes *bytes, const xmlChar *string) {
    return string == NULL ? 0 : hoso_bytes_add(bytes, string, strlen((const char *)string));
}

/// Appends what `buffer` holds.
static inline int hoso_bytes_add_buffer(hoso_bytes *bytes, xmlBufferPtr buffer) {
    const xmlChar *content = xmlBufferContent(buffer);
    return content == NULL ? 0 : hoso_bytes_add(bytes, content, (size_t)xmlBufferLength(buffer));
}

static inline int hoso_bytes_add_qualified_name(hoso_bytes *bytes, xmlNsPtr namespace, const xmlChar *name) {
    if (namespace != NULL && namespace->prefix != NULL) {
        if (hoso_bytes_add_string(bytes, namespace->prefix) || hoso_bytes_add(bytes, ":", 1)) return -1;
    }
    return hoso_bytes_add_string(bytes, name);
}

/// Whether libxml2 writes `content` as it is in an attribute value: ASCII without `&`, `<`, `>`,
/// `"` or the control characters it writes as character references.
static inline int hoso_xml_is_plain_attribute_text(const xmlChar *content) {
    for (; *content != 0; content++) {
        if (*content < 0x20 || *content > 0x7E || *content == '&' || *content == '<' || *content == '>' || *content == '"') return 0;
    }
    return 1;
}

/// An element's start tag without its final `>`: its qualified name, the namespace
/// declarations it makes, then its attributes (see `XMLNode.appendOpenStartTag`).
static inline int hoso_xml_write_open_start_tag(hoso_bytes *bytes, xmlDocPtr doc, xmlNodePtr node) {
    if (hoso_bytes_add(bytes, "<", 1) || hoso_bytes_add_qualified_name(bytes, node->ns, node->name)) return -1;
    if (node->nsDef != NULL) {
        xmlBufferPtr buffer = xmlBufferCreate();
        if (buffer == NULL) return -1;
        for (xmlNsPtr namespace = node->nsDef; namespace != NULL; namespace = namespace->next) {
            xmlBufferWriteChar(buffer, " xmlns");
            if (namespace->prefix != NULL) {
                xmlBufferWriteChar(buffer, ":");
                xmlBufferWriteCHAR(buffer, namespace->prefix);
            }
            xmlBufferWriteChar(buffer, "=");
            xmlBufferWriteQuotedString(buffer, namespace->href);
        }
        int failed = hoso_bytes_add_buffer(bytes, buffer);
        xmlBufferFree(buffer);
        if (failed) return -1;
    }
    for (xmlAttrPtr attribute = node->properties; attribute != NULL; attribute = attribute->next) {
        if (hoso_bytes_add(bytes, " ", 1) || hoso_bytes_add_qualified_name(bytes, attribute->ns, attribute->name)
            || hoso_bytes_add(bytes, "=\"", 2))
            return -1;
        xmlNodePtr text = attribute->children;
        if (text != NULL && text->type == XML_TEXT_NODE && text->next == NULL && text->content != NULL
            && hoso_xml_is_plain_attribute_text(text->content)) {
            if (hoso_bytes_add_string(bytes, text->content)) return -1;
        } else {
            xmlBufferPtr buffer = xmlBufferCreate();
            if (buffer == NULL) return -1;
            for (xmlNodePtr piece = attribute->children; piece != NULL; piece = piece->next) {
                if (piece->type == XML_TEXT_NODE && piece->content != NULL) {
                    xmlAttrSerializeTxtContent(buffer, doc, attribute, piece->content);
                } else if (piece->type == XML_ENTITY_REF_NODE) {
                    xmlBufferWriteChar(buffer, "&");
                    xmlBufferWriteCHAR(buffer, piece->name);
                    xmlBufferWriteChar(buffer, ";");
                }
            }
            int failed = hoso_bytes_add_buffer(bytes, buffer);
            xmlBufferFree(buffer);
            if (failed) return -1;
        }
        if (hoso_bytes_add(bytes, "\"", 1)) return -1;
    }
    return 0;
}

/// `node` and its whole subtree as `xmlNodeDump` writes them (see `XMLNode.appendXML`): elements
/// and escaped text here, anything else through `xmlNodeDump`. 0, or -1 when out of memory.
static inline int hoso_xml_write_tree(hoso_bytes *bytes, xmlDocPtr doc, xmlNodePtr node) {
    if (node->type == XML_ELEMENT_NODE) {
        if (hoso_xml_write_open_start_tag(bytes, doc, node)) return -1;
        if (node->children == NULL) return hoso_bytes_add(bytes, "/>", 2);
        if (hoso_bytes_add(bytes, ">", 1)) return -1;
        for (xmlNodePtr child = node->children; child != NULL; child = child->next) {
            if (hoso_xml_write_tree(bytes, doc, child)) return -1;
        }
        return hoso_bytes_add(bytes, "</", 2) || hoso_bytes_add_qualified_name(bytes, node->ns, node->name)
            || hoso_bytes_add(bytes, ">", 1);
    }
    if (node->type == XML_TEXT_NODE && node->name != NULL && strcmp((const char *)node->name, "text") == 0) {
        const xmlChar *content = node->content;
        if (content == NULL) return 0;
        const xmlChar *start = content;
        for (const xmlChar *cursor = content; *cursor != 0; cursor++) {
            const char *replacement;
            switch (*cursor) {
            case '&': replacement = "&amp;"; break;
            case '<': replacement = "&lt;"; break;
            case '>': replacement = "&gt;"; break;
            case '\r': replacement = "&#13;"; break;
            default: continue;
            }
            if (hoso_bytes_add(bytes, start, (size_t)(cursor - start)) || hoso_bytes_add_string(bytes, (const xmlChar *)replacement))
                return -1;
            start = cursor + 1;
        }
        return hoso_bytes_add_string(bytes, start);
    }
    xmlBufferPtr buffer = xmlBufferCreate();
    if (buffer == NULL) return -1;
    (void)xmlNodeDump(buffer, doc, node, 0, 0);
    int failed = hoso_bytes_add_buffer(bytes, buffer);
    xmlBufferFree(buffer);
    return failed;
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
