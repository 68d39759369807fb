/* claimline-feed.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-error.h"
#include "claimline-feed-private.h"
#include "claimline-import.h"
#include "claimline-text-decode.h"

/* An entry without a title is known by the start of its text. */
#define HEADLINE_CHARS 120
/* How far into the bytes sniffing looks for the root element. */
#define SNIFF_BYTES 2048

static ClaimlineFeed *
claimline_feed_new (void)
{
  ClaimlineFeed *feed = g_new0 (ClaimlineFeed, 1);

  feed->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_feed_entry_free);
  return feed;
}

/* Whether FEED may keep one more entry (ALSO_HELD are kept elsewhere until
 * they join it); counts the entry as dropped when not. */
gboolean
claimline_feed_has_room (ClaimlineFeed *feed,
                         guint          also_held)
{
  if (feed->entries->len + also_held < CLAIMLINE_FEED_MAX_ENTRIES)
    return TRUE;
  feed->n_dropped++;
  return FALSE;
}

void
claimline_feed_free (ClaimlineFeed *feed)
{
  if (feed == NULL)
    return;

  g_free (feed->title);
  g_free (feed->link);
  g_free (feed->description);
  g_free (feed->language);
  g_free (feed->author);
  g_free (feed->updated);
  g_free (feed->format);
  g_free (feed->encoding);
  g_ptr_array_unref (feed->entries);
  g_free (feed);
}

ClaimlineFeedEntry *
claimline_feed_entry_new (void)
{
  ClaimlineFeedEntry *entry = g_new0 (ClaimlineFeedEntry, 1);

  entry->categories = g_ptr_array_new_with_free_func (g_free);
  entry->enclosures =
    g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_feed_enclosure_free);
  return entry;
}

void
claimline_feed_entry_free (ClaimlineFeedEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->id);
  g_free (entry->title);
  g_free (entry->link);
  g_free (entry->author);
  g_free (entry->summary);
  g_free (entry->content);
  g_free (entry->published);
  g_free (entry->updated);
  g_ptr_array_unref (entry->categories);
  g_ptr_array_unref (entry->enclosures);
  g_free (entry);
}

/* LENGTH is the attribute as written; anything but a byte count is
 * unknown. */
ClaimlineFeedEnclosure *
claimline_feed_enclosure_new (const char *url,
                              const char *type,
                              const char *length)
{
  ClaimlineFeedEnclosure *enclosure = g_new0 (ClaimlineFeedEnclosure, 1);
  guint64 bytes = 0;

  enclosure->url = g_strdup (url);
  enclosure->type = type != NULL && *type != '\0' ? g_strstrip (g_strdup (type)) : NULL;
  enclosure->length = -1;
  if (length != NULL)
    {
      g_autofree char *digits = g_strstrip (g_strdup (length));

      if (g_ascii_string_to_unsigned (digits, 10, 0, G_MAXINT64, &bytes, NULL))
        enclosure->length = (gint64) bytes;
    }
  return enclosure;
}

void
claimline_feed_enclosure_free (ClaimlineFeedEnclosure *enclosure)
{
  if (enclosure == NULL)
    return;

  g_free (enclosure->url);
  g_free (enclosure->type);
  g_free (enclosure);
}

/* ------------------------------------------------------------------ */

/* Past the ASCII blanks at the start of TEXT..END. */
static const char *
skip_blanks (const char *text,
             const char *end)
{
  while (text < end && g_ascii_isspace (*text))
    text++;
  return text;
}

static gboolean
looks_like_json (const char *text,
                 const char *end)
{
  const char *p = skip_blanks (text, end);

  return p < end && *p == '{';
}

/* Blank as the import pipeline sees it.  A feed starts with markup or a
 * brace, which settles it without normalising a copy of the whole text
 * (several times the size of a large feed). */
static gboolean
is_blank (const char *text,
          const char *end)
{
  const char *p = skip_blanks (text, end);
  g_autofree char *copy = NULL;

  if (p < end && *p > ' ' && *p < 0x7F)
    return FALSE;
  copy = g_strndup (text, end - text);
  return claimline_text_is_blank (copy);
}

/* What reading a feed's entries as they are parsed needs. */
typedef struct
{
  ClaimlineFeed *feed;
  const char    *feed_url;
  GPtrArray     *outside;  /* RSS 1.0 items, which follow the channel's */
} FeedStream;

static gboolean
is_rss_root (xmlNode *root)
{
  return claimline_feed_xml_has_name (root, "rss") || claimline_feed_xml_is (root, FEED_NS_RDF, "RDF");
}

/* The root's name decides; its namespace may be one nobody knows. */
static gboolean
take_entry (xmlNode  *node,
            gpointer  user_data)
{
  FeedStream *stream = user_data;
  xmlNode *root = xmlDocGetRootElement (node->doc);

  if (is_rss_root (root))
    return claimline_feed_take_rss_item (stream->feed, stream->outside, node, stream->feed_url);
  if (claimline_feed_xml_has_name (root, "feed"))
    return claimline_feed_take_atom_entry (stream->feed, node, stream->feed_url);
  /* No feed: nothing but the root's name is needed to say so. */
  return TRUE;
}

static gboolean
read_xml_feed (ClaimlineFeed  *feed,
               const char     *text,
               gsize           length,
               const char     *feed_url,
               GError        **error)
{
  g_auto(FeedXml) xml = { NULL, };
  g_autoptr(GPtrArray) outside =
    g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_feed_entry_free);
  FeedStream stream = { feed, feed_url, outside };
  xmlNode *root;

  if (!claimline_feed_xml_read (text, length, feed_url, take_entry, &stream, &xml, error))
    {
      g_prefix_error (error, "Not a feed: ");
      return FALSE;
    }
  feed->recovered |= xml.recovered;

  root = xmlDocGetRootElement (xml.doc);
  if (is_rss_root (root))
    claimline_feed_read_rss (feed, outside, &xml, feed_url);
  else if (claimline_feed_xml_has_name (root, "feed"))
    claimline_feed_read_atom (feed, &xml, feed_url);
  else
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE,
                   "Not a feed: the document is <%s>", (const char *) root->name);
      return FALSE;
    }
  return TRUE;
}

ClaimlineFeed *
claimline_feed_parse (GBytes      *bytes,
                      const char  *feed_url,
                      const char  *content_type,
                      GError     **error)
{
  g_autoptr(ClaimlineFeed) feed = NULL;
  g_autofree char *owned = NULL;
  const char *text;
  gsize length = 0;
  gsize size;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  size = g_bytes_get_size (bytes);
  if (size > CLAIMLINE_IMPORT_MAX_BYTES)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE,
                   "Feed too large (over %d MiB)", CLAIMLINE_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (size == 0)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_EMPTY, "Empty feed");
      return NULL;
    }

  feed = claimline_feed_new ();
  text = claimline_feed_decode_view (bytes, content_type, &feed->encoding, &feed->recovered,
                                     &owned, &length, error);
  if (text == NULL)
    return NULL;
  if (is_blank (text, text + length))
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_EMPTY, "Empty feed");
      return NULL;
    }

  if (looks_like_json (text, text + length))
    {
      g_autofree char *json = owned != NULL ? g_steal_pointer (&owned) : g_strndup (text, length);

      ok = claimline_feed_read_json (feed, json, feed_url, error);
    }
  else
    ok = read_xml_feed (feed, text, length, feed_url, error);
  return ok ? g_steal_pointer (&feed) : NULL;
}

/* ------------------------------------------------------------------ */

static const char *
skip_markup_preamble (const char *p,
                      const char *end)
{
  for (;;)
    {
      const char *close;

      while (p < end && g_ascii_isspace (*p))
        p++;
      if (end - p < 2 || p[0] != '<' || (p[1] != '?' && p[1] != '!'))
        return p;
      close = memchr (p, '>', end - p);
      if (close == NULL)
        return end;
      if (end - p >= 4 && strncmp (p, "<!--", 4) == 0)
        {
          close = g_strstr_len (p, end - p, "-->");
          if (close == NULL)
            return end;
          close += 2;
        }
      p = close + 1;
    }
}

static gboolean
starts_element (const char *p,
                const char *end,
                const char *name)
{
  gsize length = strlen (name);

  return (gsize) (end - p) > length + 1 && p[0] == '<'
         && strncmp (p + 1, name, length) == 0
         && (g_ascii_isspace (p[length + 1]) || p[length + 1] == '>');
}

gboolean
claimline_feed_sniff (const char *data,
                      gsize       size)
{
  const char *end;
  const char *p;

  g_return_val_if_fail (data != NULL || size == 0, FALSE);

  end = data + MIN (size, SNIFF_BYTES);
  p = data;
  if (end - p >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  p = skip_markup_preamble (p, end);

  if (p < end && *p == '{')
    return g_strstr_len (p, end - p, "jsonfeed.org/version") != NULL;
  return starts_element (p, end, "rss") || starts_element (p, end, "rdf:RDF")
         || starts_element (p, end, "feed");
}

/* ------------------------------------------------------------------ */

static char *
host_of (const char *url)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_PARSE_RELAXED, NULL) : NULL;
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  if (host == NULL || *host == '\0')
    return NULL;
  return g_strdup (g_str_has_prefix (host, "www.") ? host + 4 : host);
}

static char *
entry_hash (const ClaimlineFeedEntry *entry,
            const char               *text)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  const char *parts[] = { entry->id, entry->link, entry->title, text };

  for (gsize i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      /* A separator keeps ("ab", "c") and ("a", "bc") apart. */
      if (parts[i] != NULL)
        g_checksum_update (checksum, (const guchar *) parts[i], strlen (parts[i]));
      g_checksum_update (checksum, (const guchar *) "\n", 1);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

static char *
entry_day (const ClaimlineFeedEntry *entry)
{
  const char *date = entry->published != NULL ? entry->published : entry->updated;

  return date != NULL && strlen (date) >= 10 ? g_strndup (date, 10) : NULL;
}

ClaimlineDocument *
claimline_feed_entry_to_document (const ClaimlineFeed      *feed,
                                  const ClaimlineFeedEntry *entry)
{
  ClaimlineDocument *document;
  const char *text;

  g_return_val_if_fail (feed != NULL, NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  text = entry->content != NULL ? entry->content : entry->summary;
  document = claimline_document_new ();
  document->text = g_strdup (text != NULL ? text : "");
  document->guid = g_strdup (entry->id != NULL ? entry->id : entry->link);
  document->url = g_strdup (entry->link);
  if (entry->title != NULL)
    document->title = g_strdup (entry->title);
  else if (text != NULL)
    document->title = claimline_text_headline (text, HEADLINE_CHARS);
  else
    document->title = g_strdup (entry->link != NULL ? entry->link : "");
  document->outlet = feed->title != NULL ? g_strdup (feed->title) : host_of (feed->link);
  document->author = g_strdup (entry->author != NULL ? entry->author : feed->author);
  document->published = entry_day (entry);
  document->content_hash = entry_hash (entry, document->text);
  return document;
}
