/* claimline-feed-xml.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>

#include "claimline-error.h"
#include "claimline-feed-private.h"
#include "claimline-text-decode.h"

/* libxml2 only ever sees UTF-8 without a DTD (both are dealt with here
 * first); it must not touch the network, expand entities, load a DTD or
 * lift its size limits, and a broken document is read as far as it goes. */
#define PARSE_OPTIONS (XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR \
                       | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC)

/* How deep entity references may nest, and how much text expanding them
 * may add to the document: enough for any real feed, and what keeps an
 * entity bomb from growing.  The growth is also what a kilobyte of hostile
 * input can make the rest of the pipeline chew through: 1 MiB took over
 * 10 s under the fuzzer's instrumentation, and 256 KiB still did when the
 * expansions went into a title and several descriptions (0.2 s in a
 * normal build, mostly normalising and entity-decoding the text), hence
 * 64 KiB. */
#define ENTITY_MAX_DEPTH 8
#define ENTITY_MAX_GROWTH (64 * 1024)

/* How much repaired text the parser is handed at a time. */
#define CHUNK_BYTES (64 * 1024)

/* A stretch of the text. */
typedef struct
{
  const char *start;
  const char *end;
} Piece;

typedef struct
{
  GHashTable *entities;  /* name → replacement text; "" for external ones */
  gsize       budget;    /* bytes entity expansion may still add */
  gboolean    repaired;  /* a reference had to be mended or dropped */
} References;

typedef struct
{
  FeedXmlEntryFunc entry_func;
  gpointer         user_data;
} Stream;

void
claimline_feed_xml_clear (FeedXml *xml)
{
  g_clear_pointer (&xml->doc, xmlFreeDoc);
  g_clear_pointer (&xml->doctype, g_free);
}

/* ------------------------------------------------------------------ */
/* The prolog: XML declaration and document type declaration          */

static const char *
skip_past (const char *p,
           const char *end,
           const char *terminator)
{
  const char *found = g_strstr_len (p, end - p, terminator);

  return found != NULL ? found + strlen (terminator) : end;
}

static const char *
skip_blanks (const char *p,
             const char *end)
{
  while (p < end && g_ascii_isspace (*p))
    p++;
  return p;
}

static gboolean
starts_with (const char *p,
             const char *end,
             const char *prefix)
{
  gsize length = strlen (prefix);

  return (gsize) (end - p) >= length && strncmp (p, prefix, length) == 0;
}

/* Past a quoted literal starting at P (or P itself when none starts). */
static const char *
skip_literal (const char *p,
              const char *end)
{
  const char *close;

  if (p >= end || (*p != '"' && *p != '\''))
    return p;
  close = memchr (p + 1, *p, end - p - 1);
  return close != NULL ? close + 1 : end;
}

/* The end of a <!DOCTYPE …> starting at P: its internal subset may hold
 * '>' inside literals and comments. */
static const char *
doctype_end (const char *p,
             const char *end)
{
  gboolean in_subset = FALSE;

  while (p < end)
    {
      if (*p == '"' || *p == '\'')
        p = skip_literal (p, end);
      else if (in_subset && starts_with (p, end, "<!--"))
        p = skip_past (p, end, "-->");
      else if (*p == '>' && !in_subset)
        return p + 1;
      else
        {
          if (*p == '[' || *p == ']')
            in_subset = *p == '[';
          p++;
        }
    }
  return end;
}

static const char *
read_name (const char *p,
           const char *end)
{
  while (p < end && *p != '\0'
         && (g_ascii_isalnum (*p) || strchr ("._:-", *p) != NULL || (guchar) *p >= 0x80))
    p++;
  return p;
}

/* <!ENTITY name "value"> keeps its value; SYSTEM and PUBLIC entities are
 * recorded as empty, since nothing outside the document is ever read;
 * parameter entities do not reach the content and are ignored. */
static void
read_entity_declaration (const char *p,
                         const char *end,
                         GHashTable *entities)
{
  const char *name = skip_blanks (p, end);
  const char *name_end;
  const char *value;
  char *key;

  if (name < end && *name == '%')
    return;
  name_end = read_name (name, end);
  if (name_end == name)
    return;
  key = g_strndup (name, name_end - name);
  if (g_hash_table_contains (entities, key))
    {
      g_free (key);  /* the first declaration is binding */
      return;
    }

  value = skip_blanks (name_end, end);
  if (value < end && (*value == '"' || *value == '\''))
    {
      const char *value_end = skip_literal (value, end);

      g_hash_table_insert (entities, key, g_strndup (value + 1, MAX (value_end - value - 2, 0)));
    }
  else
    g_hash_table_insert (entities, key, g_strdup (""));
}

static void
read_internal_subset (const char *p,
                      const char *end,
                      GHashTable *entities)
{
  while (p < end)
    {
      if (*p == '"' || *p == '\'')
        p = skip_literal (p, end);
      else if (starts_with (p, end, "<!--"))
        p = skip_past (p, end, "-->");
      else if (starts_with (p, end, "<!ENTITY"))
        {
          p += strlen ("<!ENTITY");
          read_entity_declaration (p, end, entities);
        }
      else
        p++;
    }
}

/* Where the prolog's comments and processing instructions end: a
 * document type declaration can only come there. */
static const char *
skip_prolog_misc (const char *p,
                  const char *end)
{
  for (;;)
    {
      p = skip_blanks (p, end);
      if (starts_with (p, end, "<!--"))
        p = skip_past (p, end, "-->");
      else if (starts_with (p, end, "<?"))
        p = skip_past (p, end, "?>");
      else
        return p;
    }
}

static gboolean
is_doctype_start (const char *p,
                  const char *end)
{
  return end - p >= 9 && g_ascii_strncasecmp (p, "<!DOCTYPE", 9) == 0;
}

/* The document's body is TEXT without the XML declaration (the text is
 * UTF-8 now, whatever it says) and without the document type declaration,
 * whose head is kept (for the RSS 0.91 flavour) with its internal
 * entities.  The body is at most two pieces of TEXT, not a copy of it. */
static void
find_body (const char  *text,
           const char  *end,
           char       **out_doctype,
           GHashTable  *entities,
           Piece        pieces[2])
{
  const char *p = skip_blanks (text, end);
  const char *doctype;
  const char *doctype_stop;
  const char *subset;

  if (starts_with (p, end, "<?xml") && p + 5 < end && (g_ascii_isspace (p[5]) || p[5] == '?'))
    p = skip_past (p, end, "?>");

  doctype = skip_prolog_misc (p, end);
  if (!is_doctype_start (doctype, end))
    {
      pieces[0] = (Piece) { p, end };
      pieces[1] = (Piece) { end, end };
      return;
    }

  doctype_stop = doctype_end (doctype, end);
  subset = memchr (doctype, '[', doctype_stop - doctype);
  *out_doctype = g_strndup (doctype, (subset != NULL ? subset : doctype_stop) - doctype);
  if (subset != NULL)
    read_internal_subset (subset, doctype_stop, entities);

  pieces[0] = (Piece) { p, doctype };
  pieces[1] = (Piece) { doctype_stop, end };
}

/* ------------------------------------------------------------------ */
/* References: entities resolved up front, stray ampersands escaped    */

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
         || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

static void repair_references (References *refs,
                               GString    *out,
                               const char *p,
                               const char *end,
                               guint       depth);

/* "&#…;" rewritten in decimal (feeds write "&#X41;", which XML does not
 * allow); returns where the reference ends, or NULL when it is none. */
static const char *
repair_character_reference (References *refs,
                            GString    *out,
                            const char *p,
                            const char *end)
{
  gboolean hex = p + 2 < end && (p[2] == 'x' || p[2] == 'X');
  const char *digits = p + (hex ? 3 : 2);
  const char *q = digits;
  guint64 value = 0;

  while (q < end && (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q)) && value <= 0x10FFFF)
    {
      int digit = hex ? g_ascii_xdigit_value (*q) : g_ascii_digit_value (*q);

      value = value * (hex ? 16 : 10) + digit;
      q++;
    }
  if (q == digits || q >= end || *q != ';')
    return NULL;

  if (is_xml_char ((gunichar) value))
    g_string_append_printf (out, "&#%u;", (guint) value);
  else
    {
      g_string_append (out, "&#65533;");
      refs->repaired = TRUE;
    }
  return q + 1;
}

static gboolean
is_predefined_entity (const char *name)
{
  static const char * const predefined[] = { "amp", "lt", "gt", "quot", "apos" };

  for (gsize i = 0; i < G_N_ELEMENTS (predefined); i++)
    if (g_str_equal (name, predefined[i]))
      return TRUE;
  return FALSE;
}

static void
expand_entity (References *refs,
               GString    *out,
               const char *value,
               guint       depth)
{
  gsize length = strlen (value);

  if (depth >= ENTITY_MAX_DEPTH || length > refs->budget)
    {
      refs->repaired = TRUE;
      refs->budget = 0;
      return;
    }
  refs->budget -= length;
  repair_references (refs, out, value, value + length, depth + 1);
}

/* "&name;": XML's own five stay, declared entities are expanded, HTML's
 * named characters (which feeds use freely) become character references,
 * anything else is kept as literal text. */
static const char *
repair_entity_reference (References *refs,
                         GString    *out,
                         const char *p,
                         const char *end,
                         guint       depth)
{
  const char *name_end = read_name (p + 1, end);
  g_autofree char *name = NULL;
  const char *value;
  const htmlEntityDesc *html;

  if (name_end == p + 1 || name_end >= end || *name_end != ';'
      || !(g_ascii_isalpha (p[1]) || p[1] == '_' || (guchar) p[1] >= 0x80))
    return NULL;

  name = g_strndup (p + 1, name_end - p - 1);
  if (is_predefined_entity (name))
    g_string_append_len (out, p, name_end + 1 - p);
  else if ((value = g_hash_table_lookup (refs->entities, name)) != NULL)
    expand_entity (refs, out, value, depth);
  else if ((html = htmlEntityLookup ((const xmlChar *) name)) != NULL)
    g_string_append_printf (out, "&#%u;", html->value);
  else
    return NULL;
  return name_end + 1;
}

static const char *
repair_reference (References *refs,
                  GString    *out,
                  const char *p,
                  const char *end,
                  guint       depth)
{
  const char *next;

  if (p + 1 < end && p[1] == '#')
    next = repair_character_reference (refs, out, p, end);
  else
    next = repair_entity_reference (refs, out, p, end, depth);

  if (next != NULL)
    return next;
  g_string_append (out, "&amp;");
  refs->repaired = TRUE;
  return p + 1;
}

/* Copies one piece of P..END to OUT: a reference mended, a comment, CDATA
 * section or processing instruction whole, or a run of text of at most
 * ROOM bytes (cut between characters).  Returns where the piece ends. */
static const char *
repair_step (References *refs,
             GString    *out,
             const char *p,
             const char *end,
             guint       depth,
             gsize       room)
{
  const char *next = p;

  while (next < end && *next != '&' && *next != '<')
    next++;
  if (next > p)
    {
      if ((gsize) (next - p) > room)
        {
          const char *cut = p + room;

          while (cut > p && ((guchar) *cut & 0xC0) == 0x80)
            cut--;
          if (cut > p)
            next = cut;
        }
      g_string_append_len (out, p, next - p);
      return next;
    }

  if (*p == '&')
    return repair_reference (refs, out, p, end, depth);
  if (depth > 0)
    {
      /* Inside an entity's value, markup is kept as text: an entity
       * cannot add elements, and a "<!--" repeated by expansion cannot
       * send libxml2 scanning the rest of the document for every copy
       * (which took seconds for a 600-byte feed). */
      g_string_append (out, "&lt;");
      return p + 1;
    }

  if (starts_with (p, end, "<!--"))
    next = skip_past (p, end, "-->");
  else if (starts_with (p, end, "<![CDATA["))
    next = skip_past (p, end, "]]>");
  else if (starts_with (p, end, "<?"))
    next = skip_past (p, end, "?>");
  else
    next = p + 1;
  g_string_append_len (out, p, next - p);
  return next;
}

/* Copies P..END, mending every reference outside comments, CDATA
 * sections and processing instructions. */
static void
repair_references (References *refs,
                   GString    *out,
                   const char *p,
                   const char *end,
                   guint       depth)
{
  while (p < end)
    p = repair_step (refs, out, p, end, depth, G_MAXSIZE);
}

/* ------------------------------------------------------------------ */
/* Parsing                                                             */

static gpointer
init_libxml (gpointer data)
{
  xmlInitParser ();
  return NULL;
}

/* Ends an element as libxml2's tree builder does, then offers it to the
 * caller when it lies under the root or under one of the root's children
 * (where feeds keep their entries); a node the caller takes is freed
 * together with the text and comments just before it. */
static void
end_element (void          *ctx,
             const xmlChar *local_name,
             const xmlChar *prefix,
             const xmlChar *uri)
{
  xmlParserCtxt *ctxt = ctx;
  Stream *stream = ctxt->_private;
  xmlNode *node = ctxt->node;

  xmlSAX2EndElementNs (ctx, local_name, prefix, uri);
  if (node == NULL || node->type != XML_ELEMENT_NODE || ctxt->nodeNr < 1 || ctxt->nodeNr > 2
      || node->parent != ctxt->node)
    return;
  if (!stream->entry_func (node, stream->user_data))
    return;

  while (node->prev != NULL && node->prev->type != XML_ELEMENT_NODE)
    {
      xmlNode *before = node->prev;

      xmlUnlinkNode (before);
      xmlFreeNode (before);
    }
  xmlUnlinkNode (node);
  xmlFreeNode (node);
}

/* Parse errors are expected (broken feeds are read as far as they go)
 * and must not reach stderr: libxml2 reports some, such as a text node
 * over its 10 MB limit, whatever XML_PARSE_NOERROR says. */
static void
ignore_error (void        *user_data,
              xmlErrorPtr  error)
{
}

static gboolean
push (xmlParserCtxt  *ctxt,
      GString        *chunk,
      gboolean        last,
      gsize          *total,
      GError        **error)
{
  *total += chunk->len;
  if (*total > G_MAXINT)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE, "The feed is too large");
      return FALSE;
    }
  /* Errors are no reason to stop: the parser recovers what it can. */
  xmlParseChunk (ctxt, chunk->str, (int) chunk->len, last);
  g_string_truncate (chunk, 0);
  return TRUE;
}

gboolean
claimline_feed_xml_read (const char        *text,
                         gssize             length,
                         const char        *feed_url,
                         FeedXmlEntryFunc   entry_func,
                         gpointer           user_data,
                         FeedXml           *xml,
                         GError           **error)
{
  static GOnce libxml_once = G_ONCE_INIT;
  g_autoptr(GHashTable) entities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) chunk = g_string_sized_new (CHUNK_BYTES + 64);
  References refs = { entities, ENTITY_MAX_GROWTH, FALSE };
  Stream stream = { entry_func, user_data };
  Piece pieces[2];
  gsize total = 0;
  gboolean ok = TRUE;
  xmlParserCtxt *ctxt;

  g_once (&libxml_once, init_libxml, NULL);

  find_body (text, text + (length < 0 ? strlen (text) : (gsize) length), &xml->doctype, entities,
             pieces);

  ctxt = xmlCreatePushParserCtxt (NULL, NULL, NULL, 0, feed_url);
  if (ctxt == NULL || xmlCtxtResetPush (ctxt, NULL, 0, feed_url, "UTF-8") != 0)
    {
      g_clear_pointer (&ctxt, xmlFreeParserCtxt);
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED, "Out of memory");
      return FALSE;
    }
  xmlCtxtUseOptions (ctxt, PARSE_OPTIONS);
  ctxt->sax->serror = ignore_error;
  if (entry_func != NULL)
    {
      ctxt->sax->endElementNs = end_element;
      ctxt->_private = &stream;
    }

  /* The repaired text goes to the parser a chunk at a time, so that it
   * never exists whole beside the text it was made from. */
  for (guint i = 0; i < G_N_ELEMENTS (pieces) && ok; i++)
    for (const char *p = pieces[i].start; p < pieces[i].end && ok;)
      {
        p = repair_step (&refs, chunk, p, pieces[i].end, 0, CHUNK_BYTES - chunk->len);
        if (chunk->len >= CHUNK_BYTES)
          ok = push (ctxt, chunk, FALSE, &total, error);
      }
  if (ok)
    ok = push (ctxt, chunk, TRUE, &total, error);

  /* A parser that had to stop (at a limit) left the rest unread. */
  xml->recovered |= refs.repaired || !ctxt->wellFormed || ctxt->disableSAX;
  xml->doc = g_steal_pointer (&ctxt->myDoc);
  xmlFreeParserCtxt (ctxt);

  if (!ok)
    return FALSE;
  if (xml->doc == NULL || xmlDocGetRootElement (xml->doc) == NULL)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE, "No XML document found");
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Nodes                                                               */

static const struct
{
  const char    *uri;
  FeedNamespace  ns;
} namespaces[] = {
  { "http://purl.org/rss/1.0", FEED_NS_RSS },
  { "http://my.netscape.com/rdf/simple/0.9", FEED_NS_RSS },
  { "http://channel.netscape.com/rdf/simple/0.9", FEED_NS_RSS },
  { "http://backend.userland.com/rss2", FEED_NS_RSS },
  { "http://backend.userland.com/rss", FEED_NS_RSS },
  { "http://blogs.law.harvard.edu/tech/rss", FEED_NS_RSS },
  { "http://purl.org/net/rss1.1", FEED_NS_RSS },
  { "http://www.w3.org/2005/atom", FEED_NS_ATOM10 },
  { "http://purl.org/atom/ns", FEED_NS_ATOM03 },
  { "http://purl.org/dc/elements/1.1", FEED_NS_DC },
  { "http://purl.org/dc/elements/1.0", FEED_NS_DC },
  { "http://purl.org/dc/terms", FEED_NS_DCTERMS },
  { "http://purl.org/rss/1.0/modules/content", FEED_NS_CONTENT },
  { "http://www.w3.org/1999/xhtml", FEED_NS_XHTML },
  { "http://www.w3.org/1999/02/22-rdf-syntax-ns", FEED_NS_RDF },
  { "http://www.itunes.com/dtds/podcast-1.0.dtd", FEED_NS_ITUNES },
  { "http://search.yahoo.com/mrss", FEED_NS_MEDIA },
};

/* Namespaces that start like an RSS one are RSS too: UserLand minted one
 * per version ("…/rss2", "…/rss2.1"). */
static const char * const rss_prefixes[] = {
  "http://backend.userland.com/rss", "http://purl.org/rss/",
};

/* The usual prefixes, for elements whose prefix was never declared. */
static const struct
{
  const char    *prefix;
  FeedNamespace  ns;
} prefixes[] = {
  { "dc", FEED_NS_DC }, { "dcterms", FEED_NS_DCTERMS }, { "content", FEED_NS_CONTENT },
  { "atom", FEED_NS_ATOM10 }, { "xhtml", FEED_NS_XHTML }, { "rdf", FEED_NS_RDF },
  { "itunes", FEED_NS_ITUNES }, { "media", FEED_NS_MEDIA }, { "rss", FEED_NS_RSS },
};

/* URI compared without case and without a closing '/' or '#', which
 * feeds add and drop at will. */
static FeedNamespace
namespace_from_uri (const char *uri)
{
  g_autofree char *lower = g_ascii_strdown (uri, -1);
  gsize length = strlen (lower);

  while (length > 0 && (lower[length - 1] == '/' || lower[length - 1] == '#'))
    lower[--length] = '\0';
  for (gsize i = 0; i < G_N_ELEMENTS (namespaces); i++)
    if (g_str_equal (lower, namespaces[i].uri))
      return namespaces[i].ns;
  for (gsize i = 0; i < G_N_ELEMENTS (rss_prefixes); i++)
    if (g_str_has_prefix (lower, rss_prefixes[i]))
      return FEED_NS_RSS;
  return FEED_NS_OTHER;
}

static const char *
local_name (xmlNode *node)
{
  const char *name = (const char *) node->name;
  const char *colon = node->ns == NULL ? strchr (name, ':') : NULL;

  return colon != NULL ? colon + 1 : name;
}

FeedNamespace
claimline_feed_xml_namespace (xmlNode *node)
{
  const char *name;
  const char *colon;

  if (node->ns != NULL && node->ns->href != NULL)
    return namespace_from_uri ((const char *) node->ns->href);

  name = (const char *) node->name;
  colon = strchr (name, ':');
  if (colon == NULL)
    return FEED_NS_RSS;
  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (strlen (prefixes[i].prefix) == (gsize) (colon - name)
        && strncmp (name, prefixes[i].prefix, colon - name) == 0)
      return prefixes[i].ns;
  return FEED_NS_OTHER;
}

/* Element names compared without case: feeds write pubdate, pubDate and
 * PubDate alike. */
gboolean
claimline_feed_xml_is (xmlNode       *node,
                       FeedNamespace  ns,
                       const char    *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE
         && g_ascii_strcasecmp (local_name (node), name) == 0
         && claimline_feed_xml_namespace (node) == ns;
}

/* Local name only, in whatever namespace. */
gboolean
claimline_feed_xml_has_name (xmlNode    *node,
                             const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE
         && g_ascii_strcasecmp (local_name (node), name) == 0;
}

xmlNode *
claimline_feed_xml_child (xmlNode       *parent,
                          FeedNamespace  ns,
                          const char    *name)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (claimline_feed_xml_is (child, ns, name))
      return child;
  return NULL;
}

char *
claimline_feed_xml_attribute (xmlNode    *node,
                              const char *name)
{
  /* In any namespace: RDF's are prefixed, other formats' are not. */
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static void
append_text (GString *out,
             xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE)
        append_text (out, child);
    }
}

char *
claimline_feed_xml_text (xmlNode *node)
{
  GString *out = g_string_new (NULL);

  if (node != NULL)
    append_text (out, node);
  return g_string_free (out, FALSE);
}

gboolean
claimline_feed_xml_has_elements (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      return TRUE;
  return FALSE;
}

/* The children of NODE serialised back to markup, for inline (X)HTML. */
char *
claimline_feed_xml_inner_markup (xmlNode *node)
{
  xmlBuffer *buffer = xmlBufferCreate ();
  char *markup;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    xmlNodeDump (buffer, node->doc, child, 0, 0);
  markup = g_strdup ((const char *) xmlBufferContent (buffer));
  xmlBufferFree (buffer);
  return markup;
}

/* The base URL in effect at NODE: FEED_URL with every xml:base from the
 * root down resolved in turn. */
char *
claimline_feed_xml_base (xmlNode    *node,
                         const char *feed_url)
{
  g_autoptr(GPtrArray) bases = g_ptr_array_new_with_free_func (xmlFree);
  char *base = g_strdup (feed_url);

  for (xmlNode *n = node; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
    {
      xmlChar *value = xmlGetNsProp (n, (const xmlChar *) "base", XML_XML_NAMESPACE);

      if (value != NULL)
        g_ptr_array_add (bases, value);
    }

  for (guint i = bases->len; i > 0; i--)
    {
      char *resolved = claimline_feed_text_resolve_url (base, g_ptr_array_index (bases, i - 1));

      if (resolved != NULL)
        {
          g_free (base);
          base = resolved;
        }
    }
  return base;
}

char *
claimline_feed_xml_language (xmlNode *node)
{
  xmlChar *lang = xmlNodeGetLang (node);
  char *language;

  if (lang == NULL)
    return NULL;
  language = claimline_feed_text_language ((const char *) lang);
  xmlFree (lang);
  return language;
}
