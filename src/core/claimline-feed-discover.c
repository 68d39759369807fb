/* claimline-feed-discover.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <libxml/HTMLparser.h>

#include "claimline-feed-private.h"
#include "claimline-html-import.h"
#include "claimline-text-decode.h"

/* The page is decoded already; nothing is fetched. */
#define PARSE_OPTIONS (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING \
                       | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC)

/* The media types a feed link announces. */
static const char * const feed_types[] = {
  "application/rss+xml", "application/atom+xml", "application/feed+json",
  "application/rdf+xml", "application/x.atom+xml", "application/x-atom+xml",
};

typedef struct
{
  char      *base;      /* the page URL, or its <base href> */
  gboolean   has_base;  /* only the first <base> counts */
  GPtrArray *hrefs;     /* raw hrefs of the feed links, in page order */
} Discovery;

static char *
attribute (xmlNode    *node,
           const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value != NULL ? g_strstrip (g_strdup ((const char *) value)) : NULL;

  xmlFree (value);
  return copy;
}

/* rel is a space-separated list of tokens. */
static gboolean
has_rel_token (const char *rel,
               const char *token)
{
  g_auto(GStrv) tokens = NULL;

  if (rel == NULL)
    return FALSE;
  tokens = g_strsplit_set (rel, " \t\n\r\f", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    if (g_ascii_strcasecmp (tokens[i], token) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_feed_type (const char *type)
{
  g_autofree char *media = NULL;
  const char *semicolon;

  if (type == NULL)
    return FALSE;
  semicolon = strchr (type, ';');
  media = g_strstrip (g_ascii_strdown (type, semicolon != NULL ? semicolon - type : -1));
  for (gsize i = 0; i < G_N_ELEMENTS (feed_types); i++)
    if (g_str_equal (media, feed_types[i]))
      return TRUE;
  return FALSE;
}

static void
visit_element (Discovery *discovery,
               xmlNode   *node)
{
  const char *name = (const char *) node->name;

  if (g_ascii_strcasecmp (name, "base") == 0 && !discovery->has_base)
    {
      g_autofree char *href = attribute (node, "href");
      char *resolved = NULL;

      if (href != NULL)
        resolved = claimline_feed_text_resolve_url (discovery->base, href);

      if (resolved != NULL)
        {
          g_free (discovery->base);
          discovery->base = resolved;
          discovery->has_base = TRUE;
        }
    }
  else if (g_ascii_strcasecmp (name, "link") == 0)
    {
      g_autofree char *rel = attribute (node, "rel");
      g_autofree char *type = attribute (node, "type");
      char *href = attribute (node, "href");

      if (href != NULL && *href != '\0' && has_rel_token (rel, "alternate") && is_feed_type (type))
        g_ptr_array_add (discovery->hrefs, href);
      else
        g_free (href);
    }
}

static void
visit (Discovery *discovery,
       xmlNode   *node)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      visit_element (discovery, child);
      visit (discovery, child->children);
    }
}

/* Hrefs resolved only once the whole page is read: a <base> applies to
 * links before it too. */
static char **
resolve_hrefs (Discovery *discovery)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < discovery->hrefs->len; i++)
    {
      char *url = claimline_feed_text_resolve_url (discovery->base,
                                                   g_ptr_array_index (discovery->hrefs, i));

      if (url == NULL || g_hash_table_contains (seen, url))
        {
          g_free (url);
          continue;
        }
      g_strv_builder_add (builder, url);
      g_hash_table_add (seen, url);
    }
  return g_strv_builder_end (builder);
}

char **
claimline_feed_discover (GBytes     *html,
                         const char *page_url)
{
  gsize size = 0;
  const char *data;
  g_autofree char *charset = NULL;
  g_autofree char *text = NULL;
  xmlDoc *doc;
  Discovery discovery;
  char **urls;

  g_return_val_if_fail (html != NULL, NULL);

  data = g_bytes_get_data (html, &size);
  charset = claimline_html_sniff_charset (data, size);
  if (size > 0)
    text = claimline_text_decode (html, charset, page_url != NULL ? page_url : "page", NULL);
  if (text == NULL)
    return g_new0 (char *, 1);

  discovery.base = g_strdup (page_url);
  discovery.has_base = FALSE;
  discovery.hrefs = g_ptr_array_new_with_free_func (g_free);
  doc = htmlReadMemory (text, (int) MIN (strlen (text), G_MAXINT), page_url, "UTF-8",
                        PARSE_OPTIONS);
  if (doc != NULL)
    visit (&discovery, xmlDocGetRootElement (doc));
  urls = resolve_hrefs (&discovery);

  xmlFreeDoc (doc);
  g_ptr_array_unref (discovery.hrefs);
  g_free (discovery.base);
  return urls;
}
