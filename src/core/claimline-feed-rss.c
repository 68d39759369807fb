/* claimline-feed-rss.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-feed-private.h"

/* One place a field may come from, in order of preference. */
typedef struct
{
  FeedNamespace  ns;
  const char    *name;
} RssSource;

#define END_OF_SOURCES { FEED_NS_OTHER, NULL }

static const RssSource title_sources[] = {
  { FEED_NS_RSS, "title" }, { FEED_NS_DC, "title" }, { FEED_NS_MEDIA, "title" }, END_OF_SOURCES,
};
static const RssSource channel_description_sources[] = {
  { FEED_NS_RSS, "description" }, { FEED_NS_DC, "description" }, { FEED_NS_ITUNES, "summary" },
  { FEED_NS_ITUNES, "subtitle" }, END_OF_SOURCES,
};
static const RssSource item_summary_sources[] = {
  { FEED_NS_RSS, "description" }, { FEED_NS_DC, "description" }, { FEED_NS_ITUNES, "summary" },
  { FEED_NS_ITUNES, "subtitle" }, { FEED_NS_MEDIA, "description" }, END_OF_SOURCES,
};
static const RssSource language_sources[] = {
  { FEED_NS_RSS, "language" }, { FEED_NS_DC, "language" }, END_OF_SOURCES,
};
static const RssSource channel_author_sources[] = {
  { FEED_NS_RSS, "managingEditor" }, { FEED_NS_DC, "creator" }, { FEED_NS_DC, "author" },
  { FEED_NS_RSS, "author" }, { FEED_NS_ITUNES, "author" }, END_OF_SOURCES,
};
static const RssSource item_author_sources[] = {
  { FEED_NS_RSS, "author" }, { FEED_NS_DC, "creator" }, { FEED_NS_DC, "author" },
  { FEED_NS_ITUNES, "author" }, END_OF_SOURCES,
};
static const RssSource channel_updated_sources[] = {
  { FEED_NS_RSS, "lastBuildDate" }, { FEED_NS_DCTERMS, "modified" }, { FEED_NS_ATOM10, "updated" },
  { FEED_NS_DC, "date" }, { FEED_NS_RSS, "pubDate" }, { FEED_NS_DCTERMS, "issued" },
  END_OF_SOURCES,
};
static const RssSource item_published_sources[] = {
  { FEED_NS_RSS, "pubDate" }, { FEED_NS_DC, "date" }, { FEED_NS_DCTERMS, "issued" },
  { FEED_NS_DCTERMS, "created" }, { FEED_NS_ATOM10, "published" }, END_OF_SOURCES,
};
static const RssSource item_updated_sources[] = {
  { FEED_NS_DCTERMS, "modified" }, { FEED_NS_ATOM10, "updated" }, END_OF_SOURCES,
};

static xmlNode *
find_source (xmlNode         *parent,
             const RssSource *sources)
{
  for (const RssSource *source = sources; source->name != NULL; source++)
    {
      xmlNode *found = claimline_feed_xml_child (parent, source->ns, source->name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
source_text (xmlNode         *parent,
             const RssSource *sources)
{
  xmlNode *node = find_source (parent, sources);

  return node != NULL ? claimline_feed_xml_text (node) : NULL;
}

/* RSS never says whether a title is text or HTML: markup decides. */
static char *
read_title (xmlNode *parent)
{
  g_autofree char *raw = source_text (parent, title_sources);

  if (raw == NULL)
    return NULL;
  if (claimline_feed_text_looks_like_html (raw))
    return claimline_feed_text_line (claimline_feed_text_from_html (raw));
  return claimline_feed_text_line (g_steal_pointer (&raw));
}

/* HTML, escaped as RSS wants it or, in careless feeds, as naked markup. */
static char *
read_html (xmlNode *node)
{
  g_autofree char *html = NULL;

  if (node == NULL)
    return NULL;
  if (claimline_feed_xml_has_elements (node))
    html = claimline_feed_xml_inner_markup (node);
  else
    html = claimline_feed_xml_text (node);
  return claimline_feed_text_from_html (html);
}

static char *
read_link (xmlNode    *node,
           const char *feed_url)
{
  g_autofree char *base = NULL;
  g_autofree char *href = NULL;

  if (node == NULL)
    return NULL;
  href = claimline_feed_xml_text (node);
  g_strstrip (href);
  if (*href == '\0')
    return NULL;
  base = claimline_feed_xml_base (node, feed_url);
  return claimline_feed_text_resolve_url (base, href);
}

static char *
read_date (xmlNode         *parent,
           const RssSource *sources)
{
  for (const RssSource *source = sources; source->name != NULL; source++)
    {
      xmlNode *node = claimline_feed_xml_child (parent, source->ns, source->name);
      g_autofree char *text = node != NULL ? claimline_feed_xml_text (node) : NULL;
      char *date = claimline_feed_text_date (text);

      /* A broken date in one element should not hide a good one in the next. */
      if (date != NULL)
        return date;
    }
  return NULL;
}

static char *
read_author (xmlNode         *parent,
             const RssSource *sources)
{
  g_autofree char *raw = source_text (parent, sources);

  return claimline_feed_text_author_name (raw);
}

/* RSS 0.90 is RDF in Netscape's namespace. */
static gboolean
declares_netscape_rss (xmlNode *root)
{
  for (xmlNs *ns = root->nsDef; ns != NULL; ns = ns->next)
    if (ns->href != NULL && strstr ((const char *) ns->href, "netscape.com/rdf/simple/0.9") != NULL)
      return TRUE;
  return FALSE;
}

/* The version as FORMAT, with the DOCTYPE telling Netscape's 0.91 from
 * UserLand's. */
static char *
rss_format (xmlNode    *root,
            const char *doctype)
{
  g_autofree char *version = NULL;

  if (claimline_feed_xml_is (root, FEED_NS_RDF, "RDF"))
    return g_strdup (declares_netscape_rss (root) ? "rss0.90" : "rss1.0");

  version = claimline_feed_xml_attribute (root, "version");
  if (version == NULL)
    return g_strdup ("rss");
  g_strstrip (version);
  if (g_str_has_prefix (version, "2."))
    return g_strdup ("rss2.0");
  if (g_str_equal (version, "0.91"))
    return g_strdup (doctype != NULL && strstr (doctype, "Netscape") != NULL
                     ? "rss0.91n" : "rss0.91u");
  if (g_str_equal (version, "0.90") || g_str_equal (version, "0.92")
      || g_str_equal (version, "0.93") || g_str_equal (version, "0.94"))
    return g_strconcat ("rss", version, NULL);
  return g_strdup ("rss");
}

static void
read_channel (ClaimlineFeed *feed,
              xmlNode       *channel,
              const char    *feed_url)
{
  g_autofree char *language = source_text (channel, language_sources);

  feed->title = read_title (channel);
  feed->link = read_link (claimline_feed_xml_child (channel, FEED_NS_RSS, "link"), feed_url);
  feed->description = read_html (find_source (channel, channel_description_sources));
  feed->language = claimline_feed_text_language (language);
  feed->author = read_author (channel, channel_author_sources);
  feed->updated = read_date (channel, channel_updated_sources);
  if (feed->language == NULL)
    feed->language = claimline_feed_xml_language (channel);
}

/* A guid is the item's address unless it says isPermaLink="false" or is
 * no web address at all. */
static char *
guid_link (xmlNode    *guid,
           const char *feed_url)
{
  g_autofree char *permalink = claimline_feed_xml_attribute (guid, "isPermaLink");
  g_autofree char *value = NULL;

  if (permalink != NULL && g_ascii_strcasecmp (g_strstrip (permalink), "false") == 0)
    return NULL;
  value = g_strstrip (claimline_feed_xml_text (guid));
  if (!g_str_has_prefix (value, "http://") && !g_str_has_prefix (value, "https://"))
    return NULL;
  return read_link (guid, feed_url);
}

static char *
atom_link (xmlNode    *item,
           const char *rel,
           const char *feed_url)
{
  for (xmlNode *child = item->children; child != NULL; child = child->next)
    {
      g_autofree char *link_rel = NULL;
      g_autofree char *href = NULL;
      g_autofree char *base = NULL;

      if (!claimline_feed_xml_is (child, FEED_NS_ATOM10, "link"))
        continue;
      link_rel = claimline_feed_xml_attribute (child, "rel");
      if (g_strcmp0 (link_rel != NULL ? link_rel : "alternate", rel) != 0)
        continue;
      href = claimline_feed_xml_attribute (child, "href");
      base = claimline_feed_xml_base (child, feed_url);
      return claimline_feed_text_resolve_url (base, href);
    }
  return NULL;
}

static char *
read_item_link (xmlNode    *item,
                const char *feed_url)
{
  xmlNode *guid = claimline_feed_xml_child (item, FEED_NS_RSS, "guid");
  char *link = read_link (claimline_feed_xml_child (item, FEED_NS_RSS, "link"), feed_url);

  if (link == NULL && guid != NULL)
    link = guid_link (guid, feed_url);
  if (link == NULL)
    link = atom_link (item, "alternate", feed_url);
  return link;
}

static char *
read_item_id (xmlNode *item)
{
  xmlNode *guid = claimline_feed_xml_child (item, FEED_NS_RSS, "guid");
  char *id = NULL;

  if (guid == NULL)
    guid = claimline_feed_xml_child (item, FEED_NS_DC, "identifier");
  if (guid != NULL)
    id = claimline_feed_text_line (claimline_feed_xml_text (guid));
  if (id == NULL)
    id = claimline_feed_text_line (claimline_feed_xml_attribute (item, "about"));
  return id;
}

/* content:encoded, an inline XHTML body, or the old <fullitem>. */
static char *
read_item_content (xmlNode *item)
{
  xmlNode *encoded = claimline_feed_xml_child (item, FEED_NS_CONTENT, "encoded");
  xmlNode *body;

  if (encoded != NULL)
    return read_html (encoded);
  body = claimline_feed_xml_child (item, FEED_NS_XHTML, "body");
  if (body == NULL)
    body = claimline_feed_xml_child (item, FEED_NS_XHTML, "div");
  if (body == NULL)
    body = claimline_feed_xml_child (item, FEED_NS_RSS, "body");
  if (body != NULL)
    {
      g_autofree char *markup = claimline_feed_xml_inner_markup (body);

      return claimline_feed_text_from_html (markup);
    }
  return read_html (claimline_feed_xml_child (item, FEED_NS_RSS, "fullitem"));
}

/* iTunes categories name themselves in an attribute and nest. */
static void
read_itunes_categories (ClaimlineFeedEntry *entry,
                        xmlNode            *parent)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (claimline_feed_xml_is (child, FEED_NS_ITUNES, "category"))
      {
        char *name = claimline_feed_xml_attribute (child, "text");

        claimline_feed_text_add_category (entry->categories, claimline_feed_text_line (name));
        read_itunes_categories (entry, child);
      }
}

static void
read_categories (ClaimlineFeedEntry *entry,
                 xmlNode            *item)
{
  for (xmlNode *child = item->children; child != NULL; child = child->next)
    if (claimline_feed_xml_is (child, FEED_NS_RSS, "category")
        || claimline_feed_xml_is (child, FEED_NS_DC, "subject")
        || claimline_feed_xml_is (child, FEED_NS_MEDIA, "category"))
      claimline_feed_text_add_category (entry->categories,
                                        claimline_feed_text_line (claimline_feed_xml_text (child)));
  read_itunes_categories (entry, item);
}

/* The URL of CHILD if it is an attachment, and where its length is. */
static char *
enclosure_url (xmlNode     *child,
               const char **out_length_attribute)
{
  *out_length_attribute = "length";
  if (claimline_feed_xml_is (child, FEED_NS_RSS, "enclosure"))
    return claimline_feed_xml_attribute (child, "url");
  if (claimline_feed_xml_is (child, FEED_NS_MEDIA, "content"))
    {
      *out_length_attribute = "fileSize";
      return claimline_feed_xml_attribute (child, "url");
    }
  if (claimline_feed_xml_is (child, FEED_NS_ATOM10, "link"))
    {
      g_autofree char *rel = claimline_feed_xml_attribute (child, "rel");

      if (g_strcmp0 (rel, "enclosure") == 0)
        return claimline_feed_xml_attribute (child, "href");
    }
  return NULL;
}

static gboolean
has_enclosure (ClaimlineFeedEntry *entry,
               const char         *url)
{
  for (guint i = 0; i < entry->enclosures->len; i++)
    {
      ClaimlineFeedEnclosure *enclosure = g_ptr_array_index (entry->enclosures, i);

      if (g_str_equal (enclosure->url, url))
        return TRUE;
    }
  return FALSE;
}

/* <enclosure>, Atom's rel="enclosure" and Media RSS <media:content>, also
 * inside a <media:group>; the same file named twice counts once. */
static void
read_enclosures (ClaimlineFeedEntry *entry,
                 xmlNode            *item,
                 const char         *feed_url)
{
  for (xmlNode *child = item->children; child != NULL; child = child->next)
    {
      const char *length_attribute;
      g_autofree char *url = enclosure_url (child, &length_attribute);
      g_autofree char *type = NULL;
      g_autofree char *length = NULL;
      g_autofree char *base = NULL;
      g_autofree char *resolved = NULL;

      if (claimline_feed_xml_is (child, FEED_NS_MEDIA, "group"))
        read_enclosures (entry, child, feed_url);
      if (url == NULL)
        continue;

      type = claimline_feed_xml_attribute (child, "type");
      length = claimline_feed_xml_attribute (child, length_attribute);
      base = claimline_feed_xml_base (child, feed_url);
      resolved = claimline_feed_text_resolve_url (base, url);
      if (resolved != NULL && *resolved != '\0' && !has_enclosure (entry, resolved))
        g_ptr_array_add (entry->enclosures, claimline_feed_enclosure_new (resolved, type, length));
    }
}

static ClaimlineFeedEntry *
read_item (xmlNode    *item,
           const char *feed_url)
{
  ClaimlineFeedEntry *entry = claimline_feed_entry_new ();

  entry->id = read_item_id (item);
  entry->title = read_title (item);
  entry->link = read_item_link (item, feed_url);
  entry->author = read_author (item, item_author_sources);
  entry->summary = read_html (find_source (item, item_summary_sources));
  entry->content = read_item_content (item);
  entry->published = read_date (item, item_published_sources);
  entry->updated = read_date (item, item_updated_sources);
  read_categories (entry, item);
  read_enclosures (entry, item, feed_url);
  return entry;
}

static void
read_items (ClaimlineFeed *feed,
            xmlNode       *parent,
            const char    *feed_url)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (claimline_feed_xml_is (child, FEED_NS_RSS, "item") && claimline_feed_has_room (feed, 0))
      g_ptr_array_add (feed->entries, read_item (child, feed_url));
}

/* RSS 0.9x and 2.0 keep their items in the (first) channel, RSS 1.0 and
 * 0.90 next to it; items anywhere else are no part of the feed. */
gboolean
claimline_feed_take_rss_item (ClaimlineFeed *feed,
                              GPtrArray     *outside,
                              xmlNode       *node,
                              const char    *feed_url)
{
  xmlNode *root = xmlDocGetRootElement (node->doc);

  if (!claimline_feed_xml_is (node, FEED_NS_RSS, "item"))
    return FALSE;
  if (node->parent == root)
    {
      if (claimline_feed_has_room (feed, outside->len))
        g_ptr_array_add (outside, read_item (node, feed_url));
    }
  else if (node->parent == claimline_feed_xml_child (root, FEED_NS_RSS, "channel"))
    {
      if (claimline_feed_has_room (feed, outside->len))
        g_ptr_array_add (feed->entries, read_item (node, feed_url));
    }
  return TRUE;
}

void
claimline_feed_read_rss (ClaimlineFeed *feed,
                         GPtrArray     *outside,
                         FeedXml       *xml,
                         const char    *feed_url)
{
  xmlNode *root = xmlDocGetRootElement (xml->doc);
  xmlNode *channel = claimline_feed_xml_child (root, FEED_NS_RSS, "channel");
  gsize taken = 0;
  gpointer *items = g_ptr_array_steal (outside, &taken);

  feed->format = rss_format (root, xml->doctype);
  if (channel != NULL)
    {
      read_channel (feed, channel, feed_url);
      read_items (feed, channel, feed_url);
    }
  for (gsize i = 0; i < taken; i++)
    if (claimline_feed_has_room (feed, 0))
      g_ptr_array_add (feed->entries, items[i]);
    else
      claimline_feed_entry_free (items[i]);
  g_free (items);
  read_items (feed, root, feed_url);
  if (feed->language == NULL)
    feed->language = claimline_feed_xml_language (root);
}
