/* claimline-feed-json.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <json-glib/json-glib.h>

#include "claimline-error.h"
#include "claimline-feed-private.h"

#define VERSION_PREFIX "https://jsonfeed.org/version/"

/* Members read defensively: a feed may put anything anywhere. */
static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (!holds_type (node, G_TYPE_STRING))
    return NULL;
  return json_node_get_string (node);
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Ids are strings in 1.1 but were often numbers in 1.0. */
static char *
get_id (JsonObject *item)
{
  JsonNode *node = json_object_get_member (item, "id");

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return claimline_feed_text_line (g_strdup (json_node_get_string (node)));
  return NULL;
}

/* The first author's name: "authors" in 1.1, "author" in 1.0. */
static char *
get_author (JsonObject *object)
{
  JsonArray *authors = get_array (object, "authors");
  JsonObject *author = get_object (object, "author");

  if (authors != NULL && json_array_get_length (authors) > 0)
    {
      JsonNode *first = json_array_get_element (authors, 0);

      if (JSON_NODE_HOLDS_OBJECT (first))
        author = json_node_get_object (first);
    }
  return claimline_feed_text_line (g_strdup (get_string (author, "name")));
}

static char *
get_url (JsonObject *object,
         const char *name,
         const char *feed_url)
{
  return claimline_feed_text_resolve_url (feed_url, get_string (object, name));
}

static void
read_tags (ClaimlineFeedEntry *entry,
           JsonArray          *tags)
{
  for (guint i = 0; tags != NULL && i < json_array_get_length (tags); i++)
    {
      JsonNode *tag = json_array_get_element (tags, i);

      if (holds_type (tag, G_TYPE_STRING))
        {
          char *name = g_strdup (json_node_get_string (tag));

          claimline_feed_text_add_category (entry->categories, claimline_feed_text_line (name));
        }
    }
}

static void
read_attachments (ClaimlineFeedEntry *entry,
                  JsonArray          *attachments,
                  const char         *feed_url)
{
  for (guint i = 0; attachments != NULL && i < json_array_get_length (attachments); i++)
    {
      JsonNode *node = json_array_get_element (attachments, i);
      JsonObject *attachment = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autofree char *url = get_url (attachment, "url", feed_url);
      g_autofree char *length = NULL;
      const char *type;
      JsonNode *size;

      if (url == NULL)
        continue;
      size = json_object_get_member (attachment, "size_in_bytes");
      if (holds_type (size, G_TYPE_INT64))
        length = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (size));
      type = get_string (attachment, "mime_type");
      g_ptr_array_add (entry->enclosures, claimline_feed_enclosure_new (url, type, length));
    }
}

static ClaimlineFeedEntry *
read_item (JsonObject *item,
           const char *feed_url)
{
  ClaimlineFeedEntry *entry = claimline_feed_entry_new ();

  entry->id = get_id (item);
  entry->title = claimline_feed_text_line (g_strdup (get_string (item, "title")));
  entry->link = get_url (item, "url", feed_url);
  if (entry->link == NULL)
    entry->link = get_url (item, "external_url", feed_url);
  entry->author = get_author (item);
  entry->summary = claimline_feed_text_from_plain (get_string (item, "summary"));
  entry->content = claimline_feed_text_from_html (get_string (item, "content_html"));
  if (entry->content == NULL)
    entry->content = claimline_feed_text_from_plain (get_string (item, "content_text"));
  entry->published = claimline_feed_text_date (get_string (item, "date_published"));
  entry->updated = claimline_feed_text_date (get_string (item, "date_modified"));
  read_tags (entry, get_array (item, "tags"));
  read_attachments (entry, get_array (item, "attachments"), feed_url);
  return entry;
}

static char *
json_format (const char *version)
{
  if (version != NULL && g_str_has_prefix (version, VERSION_PREFIX))
    return g_strconcat ("json", version + strlen (VERSION_PREFIX), NULL);
  return g_strdup ("json1.1");
}

gboolean
claimline_feed_read_json (ClaimlineFeed  *feed,
                          const char     *text,
                          const char     *feed_url,
                          GError        **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonArray *items;

  if (!json_parser_load_from_data (parser, text, -1, &local_error))
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE,
                   "Not a feed: broken JSON (%s)", local_error->message);
      return FALSE;
    }
  root = json_parser_get_root (parser);
  object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  items = get_array (object, "items");
  if (items == NULL)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE,
                   "Not a feed: JSON without a list of items");
      return FALSE;
    }

  feed->format = json_format (get_string (object, "version"));
  feed->title = claimline_feed_text_line (g_strdup (get_string (object, "title")));
  feed->link = get_url (object, "home_page_url", feed_url);
  feed->description = claimline_feed_text_from_plain (get_string (object, "description"));
  feed->language = claimline_feed_text_language (get_string (object, "language"));
  feed->author = get_author (object);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *item = json_array_get_element (items, i);

      if (JSON_NODE_HOLDS_OBJECT (item) && claimline_feed_has_room (feed, 0))
        g_ptr_array_add (feed->entries, read_item (json_node_get_object (item), feed_url));
    }
  return TRUE;
}
