/* claimline-opml.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-error.h"
#include "claimline-feed-private.h"
#include "claimline-import.h"
#include "claimline-opml.h"

#define DEFAULT_TITLE "Claimline feeds"

ClaimlineOpmlFeed *
claimline_opml_feed_new (const char *title,
                         const char *url,
                         const char *html_url,
                         const char *folder)
{
  ClaimlineOpmlFeed *feed;

  g_return_val_if_fail (url != NULL, NULL);

  feed = g_new0 (ClaimlineOpmlFeed, 1);
  feed->title = g_strdup (title);
  feed->url = g_strdup (url);
  feed->html_url = g_strdup (html_url);
  feed->folder = g_strdup (folder);
  return feed;
}

void
claimline_opml_feed_free (ClaimlineOpmlFeed *feed)
{
  if (feed == NULL)
    return;

  g_free (feed->title);
  g_free (feed->url);
  g_free (feed->html_url);
  g_free (feed->folder);
  g_free (feed);
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */

/* OPML writers disagree on the case of attribute names (xmlUrl, xmlurl). */
static char *
outline_attribute (xmlNode    *outline,
                   const char *name)
{
  for (xmlAttr *attr = outline->properties; attr != NULL; attr = attr->next)
    {
      xmlChar *value;
      char *text;

      if (g_ascii_strcasecmp ((const char *) attr->name, name) != 0)
        continue;
      value = xmlNodeListGetString (outline->doc, attr->children, 1);
      text = value != NULL ? claimline_feed_text_line (g_strdup ((const char *) value)) : NULL;
      xmlFree (value);
      return text;
    }
  return NULL;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE
         && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static void read_outlines (xmlNode    *parent,
                           const char *folder,
                           GPtrArray  *feeds);

static void
read_outline (xmlNode    *node,
              const char *folder,
              GPtrArray  *feeds)
{
  g_autofree char *url = outline_attribute (node, "xmlUrl");
  g_autofree char *title = outline_attribute (node, "title");
  g_autofree char *path = NULL;

  if (title == NULL)
    title = outline_attribute (node, "text");

  if (url != NULL)
    {
      g_autofree char *html_url = outline_attribute (node, "htmlUrl");

      g_ptr_array_add (feeds, claimline_opml_feed_new (title, url, html_url, folder));
      read_outlines (node, folder, feeds);
      return;
    }

  /* An outline without a feed groups the ones inside it. */
  if (title == NULL)
    path = g_strdup (folder);
  else if (folder == NULL)
    path = g_strdup (title);
  else
    path = g_strconcat (folder, "/", title, NULL);
  read_outlines (node, path, feeds);
}

static void
read_outlines (xmlNode    *parent,
               const char *folder,
               GPtrArray  *feeds)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (is_element (node, "outline"))
      read_outline (node, folder, feeds);
}

/* Reads each outline of <opml><body> as soon as it is parsed, so that the
 * tree never holds more than one top-level outline (with what it groups). */
static gboolean
take_outline (xmlNode  *node,
              gpointer  user_data)
{
  xmlNode *body = node->parent;

  if (!is_element (node, "outline") || body == NULL || !is_element (body, "body") ||
      body->parent == NULL || body->parent != xmlDocGetRootElement (node->doc) ||
      !is_element (body->parent, "opml"))
    return FALSE;
  read_outline (node, NULL, user_data);
  return TRUE;
}

static xmlNode *
find_child (xmlNode    *parent,
            const char *name)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (is_element (node, name))
      return node;
  return NULL;
}

GPtrArray *
claimline_opml_parse (GBytes  *bytes,
                      GError **error)
{
  g_auto(FeedXml) xml = { NULL, };
  g_autofree char *text = NULL;
  g_autofree char *encoding = NULL;
  gboolean recovered = FALSE;
  g_autoptr(GPtrArray) feeds = NULL;
  xmlNode *root;
  xmlNode *body;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (bytes) > CLAIMLINE_IMPORT_MAX_BYTES)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE,
                   "Subscription list too large (over %d MiB)",
                   CLAIMLINE_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_opml_feed_free);
  text = claimline_feed_decode (bytes, NULL, &encoding, &recovered, error);
  if (text == NULL || !claimline_feed_xml_read (text, -1, NULL, take_outline, feeds, &xml, error))
    {
      if (error != NULL && *error != NULL && (*error)->code == CLAIMLINE_ERROR_PARSE)
        g_prefix_error (error, "Not an OPML subscription list: ");
      return NULL;
    }

  root = xmlDocGetRootElement (xml.doc);
  body = is_element (root, "opml") ? find_child (root, "body") : NULL;
  if (body == NULL)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE,
                   "Not an OPML subscription list: no <opml> with a <body>");
      return NULL;
    }

  read_outlines (body, NULL, feeds);
  return g_steal_pointer (&feeds);
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
         || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* TEXT as an attribute value: markup characters escaped, line breaks and
 * tabs kept as references (a parser would turn them into spaces), and
 * what XML 1.0 cannot carry at all dropped. */
static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&apos;"); break;
        case '\n': g_string_append (out, "&#10;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        case '\t': g_string_append (out, "&#9;"); break;
        default:
          if (is_xml_char (c))
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
        }
    }
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (out, " %s=\"", name);
  append_escaped (out, value);
  g_string_append_c (out, '"');
}

static void
append_feed (GString                 *out,
             const ClaimlineOpmlFeed *feed,
             guint                    indent)
{
  const char *text = feed->title != NULL ? feed->title : feed->url;

  g_string_append_printf (out, "%*s<outline", indent, "");
  append_attribute (out, "type", "rss");
  append_attribute (out, "text", text);
  append_attribute (out, "title", feed->title);
  append_attribute (out, "xmlUrl", feed->url);
  append_attribute (out, "htmlUrl", feed->html_url);
  g_string_append (out, "/>\n");
}

static void
append_folder (GString    *out,
               GPtrArray  *feeds,
               const char *folder)
{
  g_string_append (out, "    <outline");
  append_attribute (out, "text", folder);
  append_attribute (out, "title", folder);
  g_string_append (out, ">\n");
  for (guint i = 0; i < feeds->len; i++)
    {
      const ClaimlineOpmlFeed *feed = g_ptr_array_index (feeds, i);

      if (g_strcmp0 (feed->folder, folder) == 0)
        append_feed (out, feed, 6);
    }
  g_string_append (out, "    </outline>\n");
}

char *
claimline_opml_write (GPtrArray  *feeds,
                      const char *title)
{
  g_autoptr(GPtrArray) folders = g_ptr_array_new ();
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_return_val_if_fail (feeds != NULL, NULL);

  g_string_append (out, "<opml version=\"2.0\">\n  <head>\n    <title>");
  append_escaped (out, title != NULL ? title : DEFAULT_TITLE);
  g_string_append (out, "</title>\n  </head>\n  <body>\n");

  for (guint i = 0; i < feeds->len; i++)
    {
      const ClaimlineOpmlFeed *feed = g_ptr_array_index (feeds, i);

      if (feed->folder == NULL)
        append_feed (out, feed, 4);
      else if (!g_ptr_array_find_with_equal_func (folders, feed->folder, g_str_equal, NULL))
        g_ptr_array_add (folders, feed->folder);
    }
  for (guint i = 0; i < folders->len; i++)
    append_folder (out, feeds, g_ptr_array_index (folders, i));

  g_string_append (out, "  </body>\n</opml>\n");
  return g_string_free (out, FALSE);
}
