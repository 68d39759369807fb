/* claimline-feed-atom.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-feed-private.h"

/* How an Atom text construct or content is written. */
typedef enum
{
  ATOM_TEXT,    /* plain text */
  ATOM_HTML,    /* escaped HTML */
  ATOM_XHTML,   /* inline XHTML (or other inline XML) */
  ATOM_BINARY,  /* base64 of any other media type */
} AtomKind;

/* The reader's view of one document: Atom 1.0 and 0.3 differ in their
 * namespace and in a few element names. */
typedef struct
{
  FeedNamespace  ns;
  gboolean       is_03;
  const char    *feed_url;
} AtomReader;

/* Atom 1.0 says how text is written with type alone; Atom 0.3 adds a mode
 * (xml, escaped or base64) that may contradict the type. */
static AtomKind
atom_kind (const char *type,
           const char *mode,
           gboolean    is_03)
{
  g_autofree char *lower = g_strstrip (g_ascii_strdown (type != NULL ? type : "", -1));
  gboolean escaped = is_03 && mode != NULL && g_ascii_strcasecmp (mode, "escaped") == 0;

  if (mode != NULL && g_ascii_strcasecmp (mode, "base64") == 0)
    return ATOM_BINARY;
  if (*lower == '\0' || g_str_equal (lower, "text") || g_str_equal (lower, "text/plain"))
    return escaped ? ATOM_HTML : ATOM_TEXT;
  if (g_str_equal (lower, "html") || g_str_equal (lower, "text/html"))
    return mode != NULL && g_ascii_strcasecmp (mode, "xml") == 0 ? ATOM_XHTML : ATOM_HTML;
  if (g_str_equal (lower, "xhtml") || g_str_has_suffix (lower, "xml"))
    return escaped ? ATOM_HTML : ATOM_XHTML;
  if (g_str_has_prefix (lower, "text/"))
    return ATOM_TEXT;
  return is_03 ? ATOM_TEXT : ATOM_BINARY;
}

/* Base64 content that turns out to be text is read as HTML (a superset
 * of text for reading purposes); anything else is no text. */
static char *
read_binary (const char *encoded)
{
  g_autofree guchar *data = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  data = g_base64_decode (encoded, &length);
  if (data == NULL || length == 0 || !g_utf8_validate_len ((const char *) data, length, NULL))
    return NULL;
  text = g_strndup ((const char *) data, length);
  return claimline_feed_text_from_html (text);
}

/* A text construct (title, subtitle, summary, rights) or a content
 * element, as plain text. */
static char *
read_text (AtomReader *reader,
           xmlNode    *node)
{
  g_autofree char *type = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *raw = NULL;

  if (node == NULL)
    return NULL;
  type = claimline_feed_xml_attribute (node, "type");
  mode = claimline_feed_xml_attribute (node, "mode");

  switch (atom_kind (type, mode, reader->is_03))
    {
    case ATOM_TEXT:
      raw = claimline_feed_xml_text (node);
      return claimline_feed_text_from_plain (raw);
    case ATOM_HTML:
      /* Escaped HTML is the element's text, even when a careless feed
       * wraps it in an XHTML <div>. */
      raw = claimline_feed_xml_text (node);
      return claimline_feed_text_from_html (raw);
    case ATOM_XHTML:
      raw = claimline_feed_xml_inner_markup (node);
      return claimline_feed_text_from_html (raw);
    case ATOM_BINARY:
    default:
      raw = claimline_feed_xml_text (node);
      return read_binary (raw);
    }
}

static xmlNode *
child (AtomReader *reader,
       xmlNode    *parent,
       const char *name)
{
  return claimline_feed_xml_child (parent, reader->ns, name);
}

static char *
read_line (AtomReader *reader,
           xmlNode    *node)
{
  return claimline_feed_text_line (read_text (reader, node));
}

static char *
read_date (AtomReader *reader,
           xmlNode    *parent,
           const char *name)
{
  xmlNode *node = child (reader, parent, name);
  g_autofree char *text = node != NULL ? claimline_feed_xml_text (node) : NULL;

  return claimline_feed_text_date (text);
}

/* A person's name, or the address when the name is missing. */
static char *
read_author (AtomReader *reader,
             xmlNode    *parent)
{
  xmlNode *author = child (reader, parent, "author");
  xmlNode *part;
  char *name = NULL;

  if (author == NULL)
    return NULL;
  part = child (reader, author, "name");
  if (part != NULL)
    name = claimline_feed_text_line (claimline_feed_xml_text (part));
  part = child (reader, author, "email");
  if (name == NULL && part != NULL)
    name = claimline_feed_text_line (claimline_feed_xml_text (part));
  if (name == NULL && !claimline_feed_xml_has_elements (author))
    {
      g_autofree char *text = claimline_feed_xml_text (author);

      name = claimline_feed_text_author_name (text);
    }
  return name;
}

/* A link's target: its href (or, in careless feeds, its text), resolved
 * against the xml:base in effect. */
static char *
link_href (AtomReader *reader,
           xmlNode    *link)
{
  g_autofree char *href = claimline_feed_xml_attribute (link, "href");
  g_autofree char *base = NULL;

  if (href == NULL)
    href = g_strstrip (claimline_feed_xml_text (link));
  if (*href == '\0')
    return NULL;
  base = claimline_feed_xml_base (link, reader->feed_url);
  return claimline_feed_text_resolve_url (base, href);
}

static gboolean
link_has_rel (xmlNode    *link,
              const char *rel)
{
  g_autofree char *value = claimline_feed_xml_attribute (link, "rel");

  return g_strcmp0 (value != NULL ? g_strstrip (value) : "alternate", rel) == 0;
}

static char *
read_alternate_link (AtomReader *reader,
                     xmlNode    *parent)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      char *href;

      if (!claimline_feed_xml_is (node, reader->ns, "link") || !link_has_rel (node, "alternate"))
        continue;
      href = link_href (reader, node);
      if (href != NULL)
        return href;
    }
  return NULL;
}

static void
read_enclosures (AtomReader         *reader,
                 ClaimlineFeedEntry *entry,
                 xmlNode            *parent)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      g_autofree char *href = NULL;
      g_autofree char *type = NULL;
      g_autofree char *length = NULL;

      if (!claimline_feed_xml_is (node, reader->ns, "link") || !link_has_rel (node, "enclosure"))
        continue;
      href = link_href (reader, node);
      if (href == NULL)
        continue;
      type = claimline_feed_xml_attribute (node, "type");
      length = claimline_feed_xml_attribute (node, "length");
      g_ptr_array_add (entry->enclosures, claimline_feed_enclosure_new (href, type, length));
    }
}

static void
read_categories (AtomReader         *reader,
                 ClaimlineFeedEntry *entry,
                 xmlNode            *parent)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      char *category = NULL;

      if (claimline_feed_xml_is (node, reader->ns, "category"))
        {
          category = claimline_feed_text_line (claimline_feed_xml_attribute (node, "term"));
          if (category == NULL)
            category = claimline_feed_text_line (claimline_feed_xml_attribute (node, "label"));
        }
      else if (claimline_feed_xml_is (node, FEED_NS_DC, "subject"))
        category = claimline_feed_text_line (claimline_feed_xml_text (node));
      claimline_feed_text_add_category (entry->categories, category);
    }
}

/* Ids are compared as strings and stay as written; a relative one is
 * resolved, since it means nothing on its own. */
static char *
read_id (AtomReader *reader,
         xmlNode    *entry)
{
  xmlNode *node = child (reader, entry, "id");
  g_autofree char *id = NULL;
  g_autofree char *scheme = NULL;
  g_autofree char *base = NULL;

  if (node == NULL)
    return NULL;
  id = claimline_feed_text_line (claimline_feed_xml_text (node));
  if (id == NULL)
    return NULL;
  scheme = g_uri_parse_scheme (id);
  base = scheme == NULL ? claimline_feed_xml_base (node, reader->feed_url) : NULL;
  if (base == NULL)
    return g_steal_pointer (&id);
  return claimline_feed_text_resolve_url (base, id);
}

/* Atom 0.3 feeds took up 1.0's <published> early; it wins over <issued>. */
static char *
read_published (AtomReader *reader,
                xmlNode    *entry)
{
  char *date = read_date (reader, entry, "published");

  if (date == NULL && reader->is_03)
    date = read_date (reader, entry, "issued");
  if (date == NULL && reader->is_03)
    date = read_date (reader, entry, "created");
  return date;
}

static ClaimlineFeedEntry *
read_entry (AtomReader *reader,
            xmlNode    *node)
{
  ClaimlineFeedEntry *entry = claimline_feed_entry_new ();

  entry->id = read_id (reader, node);
  entry->title = read_line (reader, child (reader, node, "title"));
  entry->link = read_alternate_link (reader, node);
  entry->author = read_author (reader, node);
  entry->summary = read_text (reader, child (reader, node, "summary"));
  entry->content = read_text (reader, child (reader, node, "content"));
  entry->published = read_published (reader, node);
  entry->updated = read_date (reader, node, reader->is_03 ? "modified" : "updated");
  read_categories (reader, entry, node);
  read_enclosures (reader, entry, node);
  return entry;
}

static void
read_feed_head (AtomReader    *reader,
                ClaimlineFeed *feed,
                xmlNode       *root)
{
  xmlNode *subtitle = child (reader, root, reader->is_03 ? "tagline" : "subtitle");
  xmlChar *lang;

  feed->title = read_line (reader, child (reader, root, "title"));
  feed->link = read_alternate_link (reader, root);
  feed->description = read_text (reader, subtitle);
  feed->author = read_author (reader, root);
  feed->updated = read_date (reader, root, reader->is_03 ? "modified" : "updated");
  lang = xmlGetNsProp (root, (const xmlChar *) "lang", XML_XML_NAMESPACE);
  feed->language = claimline_feed_text_language ((const char *) lang);
  xmlFree (lang);
}

static void
atom_reader_init (AtomReader *reader,
                  xmlNode    *root,
                  const char *feed_url)
{
  g_autofree char *version = claimline_feed_xml_attribute (root, "version");

  reader->ns = claimline_feed_xml_namespace (root);
  reader->is_03 = reader->ns == FEED_NS_ATOM03
                  || (reader->ns != FEED_NS_ATOM10 && g_strcmp0 (version, "0.3") == 0);
  reader->feed_url = feed_url;
}

gboolean
claimline_feed_take_atom_entry (ClaimlineFeed *feed,
                                xmlNode       *node,
                                const char    *feed_url)
{
  xmlNode *root = xmlDocGetRootElement (node->doc);
  AtomReader reader;

  if (node->parent != root)
    return FALSE;
  atom_reader_init (&reader, root, feed_url);
  if (!claimline_feed_xml_is (node, reader.ns, "entry"))
    return FALSE;
  if (claimline_feed_has_room (feed, 0))
    g_ptr_array_add (feed->entries, read_entry (&reader, node));
  return TRUE;
}

void
claimline_feed_read_atom (ClaimlineFeed *feed,
                          FeedXml       *xml,
                          const char    *feed_url)
{
  xmlNode *root = xmlDocGetRootElement (xml->doc);
  AtomReader reader;

  atom_reader_init (&reader, root, feed_url);
  feed->format = g_strdup (reader.is_03 ? "atom0.3" : "atom1.0");
  read_feed_head (&reader, feed, root);
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    if (claimline_feed_xml_is (node, reader.ns, "entry") && claimline_feed_has_room (feed, 0))
      g_ptr_array_add (feed->entries, read_entry (&reader, node));
}
