/* claimline-html-import.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "claimline-date-parse.h"
#include "claimline-debris.h"
#include "claimline-error.h"
#include "claimline-html-import.h"
#include "claimline-text-decode.h"

/* Pages declare their charset near the top; look no further than this. */
#define SNIFF_BYTES 4096

/* The text is decoded already, so the page's own charset hint is ignored;
 * nothing is fetched and no external entity is loaded. */
#define PARSE_OPTIONS (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING \
                       | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

typedef struct
{
  char *og_title;
  char *title;
  char *heading;
  char *site_name;
  char *author;
  char *meta_date;
  char *time_date;
  char *ld_date;
} HtmlMetadata;

static void
html_metadata_clear (HtmlMetadata *meta)
{
  g_free (meta->og_title);
  g_free (meta->title);
  g_free (meta->heading);
  g_free (meta->site_name);
  g_free (meta->author);
  g_free (meta->meta_date);
  g_free (meta->time_date);
  g_free (meta->ld_date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HtmlMetadata, html_metadata_clear)

/* Elements whose content is never article text. */
static const char * const skipped_elements[] = {
  "script", "style", "nav", "header", "footer", "aside", "form", "noscript",
  "iframe", "template", "svg", "button", "select", "textarea", "head",
};

/* Elements that start a new paragraph. */
static const char * const block_elements[] = {
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article",
  "blockquote", "pre", "tr", "ul", "ol", "dl", "dt", "dd", "table", "main",
  "figure", "figcaption", "hr", "address", "details", "summary",
};

/* Meta names and properties that carry the publication date. */
static const char * const date_meta_keys[] = {
  "article:published_time", "datepublished", "date", "pubdate", "dc.date",
  "dc.date.issued",
};

static gboolean
name_in (const char        *name,
         const char * const *names,
         gsize               n_names)
{
  for (gsize i = 0; i < n_names; i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static const char *
skip_blank_and_comments (const char *p,
                         const char *end)
{
  for (;;)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (end - p < 4 || strncmp (p, "<!--", 4) != 0)
        return p;
      p = g_strstr_len (p, end - p, "-->");
      if (p == NULL)
        return end;
      p += 3;
    }
}

gboolean
claimline_html_sniff (const char *data,
                      gsize       size)
{
  const char *end = data + size;
  const char *p = data;

  g_return_val_if_fail (data != NULL || size == 0, FALSE);

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  p = skip_blank_and_comments (p, end);
  return (end - p >= 14 && g_ascii_strncasecmp (p, "<!doctype html", 14) == 0)
         || (end - p >= 5 && g_ascii_strncasecmp (p, "<html", 5) == 0);
}

/* The value of "charset=" within one <meta> tag, or NULL. */
static char *
charset_in_tag (const char *tag,
                const char *tag_end)
{
  const char *p = g_strstr_len (tag, tag_end - tag, "charset");
  const char *value;

  if (p == NULL)
    return NULL;
  p += strlen ("charset");
  while (p < tag_end && (*p == ' ' || *p == '='))
    p++;
  while (p < tag_end && (*p == '"' || *p == '\''))
    p++;
  value = p;
  while (p < tag_end && (g_ascii_isalnum (*p) || strchr ("-_.:", *p) != NULL))
    p++;
  return p > value ? g_strndup (value, p - value) : NULL;
}

char *
claimline_html_sniff_charset (const char *data,
                              gsize       size)
{
  g_autofree char *head = NULL;
  const char *end;

  g_return_val_if_fail (data != NULL || size == 0, NULL);

  head = g_ascii_strdown (data, MIN (size, SNIFF_BYTES));
  end = head + strlen (head);
  for (const char *tag = strstr (head, "<meta"); tag != NULL; tag = strstr (tag + 1, "<meta"))
    {
      const char *tag_end = strchr (tag, '>');
      char *charset = charset_in_tag (tag, tag_end != NULL ? tag_end : end);

      if (charset != NULL)
        return charset;
    }
  return NULL;
}

static char *
get_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* The text of NODE and its descendants on one normalised line. */
static char *
get_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text;

  if (content == NULL)
    return NULL;
  text = claimline_text_collapse ((const char *) content);
  xmlFree (content);
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
take_if_unset (char **field,
               char  *value)
{
  if (*field == NULL && value != NULL && *value != '\0')
    *field = value;
  else
    g_free (value);
}

static void
read_meta_tag (xmlNode      *node,
               HtmlMetadata *meta)
{
  g_autofree char *key = get_attribute (node, "property");
  g_autofree char *content = get_attribute (node, "content");

  if (key == NULL)
    key = get_attribute (node, "name");
  if (key == NULL)
    key = get_attribute (node, "itemprop");
  if (key == NULL || content == NULL)
    return;

  if (g_ascii_strcasecmp (key, "og:title") == 0)
    take_if_unset (&meta->og_title, claimline_text_collapse (content));
  else if (g_ascii_strcasecmp (key, "og:site_name") == 0)
    take_if_unset (&meta->site_name, claimline_text_collapse (content));
  else if (g_ascii_strcasecmp (key, "author") == 0)
    take_if_unset (&meta->author, claimline_text_collapse (content));
  else if (name_in (key, date_meta_keys, G_N_ELEMENTS (date_meta_keys)))
    take_if_unset (&meta->meta_date, claimline_date_parse (content));
}

/* The date part of the first "datePublished" of a JSON-LD block; a string
 * search is enough for the one value wanted. */
static char *
json_ld_date (xmlNode *script)
{
  g_autofree char *type = get_attribute (script, "type");
  xmlChar *content;
  const char *p;
  char *date = NULL;

  if (type == NULL || g_ascii_strcasecmp (type, "application/ld+json") != 0)
    return NULL;

  content = xmlNodeGetContent (script);
  p = content != NULL ? strstr ((const char *) content, "\"datePublished\"") : NULL;
  if (p != NULL)
    {
      p += strlen ("\"datePublished\"");
      while (g_ascii_isspace (*p) || *p == ':' || *p == '"')
        p++;
      date = claimline_date_scan (p, NULL);
    }
  xmlFree (content);
  return date;
}

static void
collect_metadata (xmlNode      *node,
                  HtmlMetadata *meta)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      const char *name = (const char *) child->name;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (g_str_equal (name, "meta"))
        read_meta_tag (child, meta);
      else if (g_str_equal (name, "title"))
        take_if_unset (&meta->title, get_text (child));
      else if (g_str_equal (name, "h1"))
        take_if_unset (&meta->heading, get_text (child));
      else if (g_str_equal (name, "time") && meta->time_date == NULL)
        {
          g_autofree char *datetime = get_attribute (child, "datetime");

          if (datetime != NULL)
            take_if_unset (&meta->time_date, claimline_date_parse (datetime));
        }
      else if (g_str_equal (name, "script"))
        take_if_unset (&meta->ld_date, json_ld_date (child));

      collect_metadata (child->children, meta);
    }
}

/* "Story title | Outlet" without the outlet. */
static void
strip_site_suffix (char       *title,
                   const char *site_name)
{
  static const char * const separators[] = { " | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 " };
  gsize title_length = strlen (title);
  gsize site_length;

  if (site_name == NULL)
    return;
  site_length = strlen (site_name);
  if (title_length <= site_length || strcmp (title + title_length - site_length, site_name) != 0)
    return;

  for (gsize i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      gsize sep_length = strlen (separators[i]);
      gsize cut = title_length - site_length - sep_length;

      if (title_length > site_length + sep_length
          && strncmp (title + cut, separators[i], sep_length) == 0)
        {
          title[cut] = '\0';
          return;
        }
    }
}

static char *
choose_title (HtmlMetadata *meta)
{
  char *title = NULL;

  if (meta->og_title != NULL)
    title = g_steal_pointer (&meta->og_title);
  else if (meta->title != NULL)
    title = g_steal_pointer (&meta->title);
  else if (meta->heading != NULL)
    return g_steal_pointer (&meta->heading);
  else
    return NULL;

  strip_site_suffix (title, meta->site_name);
  return title;
}

static char *
choose_date (HtmlMetadata *meta)
{
  if (meta->meta_date != NULL)
    return g_steal_pointer (&meta->meta_date);
  if (meta->time_date != NULL)
    return g_steal_pointer (&meta->time_date);
  return g_steal_pointer (&meta->ld_date);
}

static gboolean
is_hidden (xmlNode *element)
{
  g_autofree char *aria_hidden = get_attribute (element, "aria-hidden");

  return xmlHasProp (element, (const xmlChar *) "hidden") != NULL
         || (aria_hidden != NULL && g_ascii_strcasecmp (aria_hidden, "true") == 0);
}

static void append_children_text (GString *out,
                                  xmlNode *node,
                                  gboolean in_pre);

/* Source line breaks are only spaces, except inside <pre>. */
static void
append_text_node (GString    *out,
                  const char *content,
                  gboolean    in_pre)
{
  for (const char *p = content; *p != '\0'; p++)
    g_string_append_c (out, !in_pre && (*p == '\n' || *p == '\r' || *p == '\t') ? ' ' : *p);
}

static void
append_element_text (GString *out,
                     xmlNode *element,
                     gboolean in_pre)
{
  const char *name = (const char *) element->name;
  gboolean block;

  if (name_in (name, skipped_elements, G_N_ELEMENTS (skipped_elements)) || is_hidden (element))
    return;
  if (g_str_equal (name, "br"))
    {
      g_string_append_c (out, '\n');
      return;
    }

  block = name_in (name, block_elements, G_N_ELEMENTS (block_elements));
  g_string_append_c (out, block ? '\n' : ' ');
  append_children_text (out, element, in_pre || g_str_equal (name, "pre"));
  g_string_append_c (out, block ? '\n' : ' ');
}

static void
append_children_text (GString *out,
                      xmlNode *node,
                      gboolean in_pre)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        append_text_node (out, (const char *) child->content, in_pre);
      else if (child->type == XML_ELEMENT_NODE)
        append_element_text (out, child, in_pre);
    }
}

static xmlNode *
find_element (xmlNode    *node,
              const char *name)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_str_equal ((const char *) child->name, name))
        return child;
      found = find_element (child->children, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The body text as paragraphs; a first paragraph repeating the title (the
 * page's own headline) is the title, not text. */
static char *
extract_text (xmlNode    *body,
              const char *title)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autofree char *normalised = NULL;

  append_children_text (raw, body, FALSE);
  normalised = claimline_text_normalise (raw->str);
  paragraphs = claimline_text_split_paragraphs (normalised, FALSE);

  if (title != NULL && paragraphs->len > 0
      && g_utf8_collate (g_ptr_array_index (paragraphs, 0), title) == 0)
    g_ptr_array_remove_index (paragraphs, 0);

  claimline_debris_remove (paragraphs);
  return claimline_text_join_paragraphs (paragraphs);
}

ClaimlineDocument *
claimline_html_import (const char  *text,
                       GError     **error)
{
  g_autoptr(xmlDoc) html = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;
  g_auto(HtmlMetadata) meta = { NULL, };
  xmlNode *root;
  xmlNode *body;

  g_return_val_if_fail (text != NULL, NULL);

  html = htmlReadMemory (text, (int) strlen (text), NULL, "UTF-8", PARSE_OPTIONS);
  root = html != NULL ? xmlDocGetRootElement (html) : NULL;
  if (root == NULL)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE, "Cannot parse the HTML page");
      return NULL;
    }

  collect_metadata (root, &meta);
  body = find_element (root, "body");

  document = claimline_document_new ();
  document->title = choose_title (&meta);
  document->outlet = g_steal_pointer (&meta.site_name);
  document->author = g_steal_pointer (&meta.author);
  document->published = choose_date (&meta);
  document->text = extract_text (body != NULL ? body : root, document->title);
  return g_steal_pointer (&document);
}
