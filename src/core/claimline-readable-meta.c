/* claimline-readable-meta.c: title, byline, date, outlet and address of a page
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <json-glib/json-glib.h>

#include "claimline-date-parse.h"
#include "claimline-readable-private.h"
#include "claimline-text-decode.h"

/* A byline longer than this is a paragraph that mentions an author. */
#define BYLINE_MAX_CHARS 100
/* An outlet's name in a <title> is a few words. */
#define OUTLET_MAX_WORDS 3
/* Headings compared with the <title>; the headline is among the first. */
#define MAX_HEADINGS 8

/* Every value the page offers, best source first within each group. */
/* What a <meta> tag can tell; its value goes to one of these fields. */
typedef enum
{
  META_TITLE,
  META_AUTHOR,
  META_DATE,
  META_SITE,
  META_URL,
  N_META_FIELDS,
} MetaField;

/* The value of each field from the best-ranked tag seen so far. */
typedef struct
{
  char *value;
  guint rank;
} MetaSlot;

typedef struct
{
  MetaSlot   tags[N_META_FIELDS];
  char      *ld_headline;
  char      *title;
  GPtrArray *headings;
  char      *ld_publisher;
  char      *ld_author;
  char      *element_author;
  char      *ld_date;
  char      *itemprop_date;
  char      *time_date;
  char      *canonical;
} PageMeta;

static void
page_meta_clear (PageMeta *meta)
{
  for (guint i = 0; i < N_META_FIELDS; i++)
    g_free (meta->tags[i].value);
  g_free (meta->ld_headline);
  g_free (meta->title);
  g_clear_pointer (&meta->headings, g_ptr_array_unref);
  g_free (meta->ld_publisher);
  g_free (meta->ld_author);
  g_free (meta->element_author);
  g_free (meta->ld_date);
  g_free (meta->itemprop_date);
  g_free (meta->time_date);
  g_free (meta->canonical);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PageMeta, page_meta_clear)

/* Meta names and properties by what they carry, most trusted first within
 * a field: Dublin Core is set on purpose, Open Graph for link previews,
 * the rest by analytics and publishing tools.  Keys are compared without
 * case, with ':' and '.' alike ("dc:title", "DC.title"). */
static const struct
{
  const char *key;
  MetaField   field;
} meta_keys[] = {
  { "dc.title", META_TITLE }, { "dcterms.title", META_TITLE }, { "og.title", META_TITLE },
  { "twitter.title", META_TITLE }, { "parsely-title", META_TITLE },
  { "dc.creator", META_AUTHOR }, { "dcterms.creator", META_AUTHOR }, { "author", META_AUTHOR },
  { "parsely-author", META_AUTHOR }, { "article.author", META_AUTHOR }, { "byl", META_AUTHOR },
  { "sailthru.author", META_AUTHOR },
  { "article.published_time", META_DATE }, { "datepublished", META_DATE },
  { "dc.date.issued", META_DATE }, { "dcterms.issued", META_DATE }, { "dc.date", META_DATE },
  { "dcterms.date", META_DATE }, { "dcterms.created", META_DATE }, { "publishdate", META_DATE },
  { "publish-date", META_DATE }, { "publish_date", META_DATE }, { "pubdate", META_DATE },
  { "parsely-pub-date", META_DATE }, { "sailthru.date", META_DATE },
  { "article.published", META_DATE }, { "original-publish-date", META_DATE },
  { "date", META_DATE },
  { "og.site_name", META_SITE },
  { "og.url", META_URL },
};

/* The place of KEY (KEY_LENGTH bytes) in meta_keys, or -1. */
static int
meta_key_index (const char *key,
                gsize       key_length)
{
  for (gsize i = 0; i < G_N_ELEMENTS (meta_keys); i++)
    {
      const char *known = meta_keys[i].key;
      gsize j;

      for (j = 0; j < key_length && known[j] != '\0'; j++)
        {
          char c = g_ascii_tolower (key[j]);

          if ((c == ':' ? '.' : c) != known[j])
            break;
        }
      if (j == key_length && known[j] == '\0')
        return (int) i;
    }
  return -1;
}

const char *
readable_attribute (xmlNode    *element,
                    const char *name)
{
  xmlAttr *attribute = xmlHasProp (element, (const xmlChar *) name);

  if (attribute == NULL || attribute->children == NULL)
    return NULL;
  return (const char *) attribute->children->content;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE
         && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

/* VALUE on one normalised line, or NULL when it is blank. */
static char *
collapse_or_null (const char *value)
{
  char *collapsed;

  if (value == NULL)
    return NULL;
  collapsed = claimline_text_collapse (value);
  if (*collapsed == '\0')
    g_clear_pointer (&collapsed, g_free);
  return collapsed;
}

static char *
element_text (xmlNode *element)
{
  xmlChar *content = xmlNodeGetContent (element);
  char *text = collapse_or_null ((const char *) content);

  xmlFree (content);
  return text;
}

static void
take_if_unset (char **field,
               char  *value)
{
  if (*field == NULL)
    *field = value;
  else
    g_free (value);
}

/* A machine-written date ("2025-06-08T10:00:00.000Z", "Sun, 8 Jun 2025
 * 10:00:00 GMT") as "YYYY-MM-DD". */
static char *
machine_date (const char *value)
{
  const char *comma;
  char *date;

  if (value == NULL)
    return NULL;
  while (g_ascii_isspace (*value))
    value++;
  date = claimline_date_scan (value, NULL);
  comma = strchr (value, ',');
  /* A weekday in front of the date */
  if (date == NULL && comma != NULL && comma - value <= 9)
    {
      comma++;
      while (g_ascii_isspace (*comma))
        comma++;
      date = claimline_date_scan (comma, NULL);
    }
  return date;
}

/* Words that introduce a byline, in the languages of the pages we meet. */
static const char * const byline_intros[] = { "by", "por", "par", "von", "door", "di", "av" };
/* Separators after which a byline runs on into a date or a handle. */
static const char * const byline_ends[] = {
  " - ", " | ", " \u2022", " \u00B7", " \u2014", " \u2013", "@", "\u2219",
};

/* Words after which a byline goes on about the article, not its author. */
static const char * const byline_stops[] = { "updated", "published", "posted", "last" };

/* Whether WORD (LENGTH bytes) ends the name before it: a number, a date
 * ("June 5", not "Laura June Topolsky") or a stop word. */
static gboolean
is_byline_stop (const char *word,
                gsize       length)
{
  const char *next = word + length + strspn (word + length, " ,.");

  if (g_ascii_isdigit (word[0]))
    return TRUE;
  if (claimline_date_month_from_name (word, length) > 0 && g_ascii_isdigit (*next))
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (byline_stops); i++)
    if (strlen (byline_stops[i]) == length
        && g_ascii_strncasecmp (word, byline_stops[i], length) == 0)
      return TRUE;
  return FALSE;
}

/* LINE cut where the name ends: at a separator, a date, a time or a word
 * such as "Updated" ("Dan Goodin - Apr 16, 2015", "Jane Doe Updated 3pm"). */
static void
cut_byline_tail (char *line)
{
  char *word = line;

  for (gsize i = 0; i < G_N_ELEMENTS (byline_ends); i++)
    {
      char *end = strstr (line, byline_ends[i]);

      if (end != NULL)
        *end = '\0';
    }
  while (*word != '\0')
    {
      gsize length = strcspn (word, " ,");

      if (word > line && is_byline_stop (word, length))
        {
          word[-1] = '\0';
          break;
        }
      word += length;
      word += strspn (word, " ,");
    }
  g_strchomp (line);
  while (*line != '\0' && strchr (",;:", line[strlen (line) - 1]) != NULL)
    line[strlen (line) - 1] = '\0';
}

/* "By Jane Doe" → "Jane Doe"; an address or a handle is not a name. */
static char *
clean_byline (const char *value)
{
  g_autofree char *line = collapse_or_null (value);
  char *start;

  if (line == NULL || g_utf8_strlen (line, -1) > BYLINE_MAX_CHARS
      || g_str_has_prefix (line, "http") || strchr (line, '/') != NULL || line[0] == '@')
    return NULL;

  start = line;
  for (gsize i = 0; i < G_N_ELEMENTS (byline_intros); i++)
    {
      gsize length = strlen (byline_intros[i]);

      if (g_ascii_strncasecmp (start, byline_intros[i], length) == 0
          && (start[length] == ' ' || start[length] == ':'))
        {
          start += length;
          break;
        }
    }
  while (*start == ' ' || *start == ':')
    start++;
  cut_byline_tail (start);
  return *start != '\0' ? g_strdup (start) : NULL;
}

static char *
meta_value (MetaField   field,
            const char *content)
{
  switch (field)
    {
    case META_AUTHOR:
      return clean_byline (content);
    case META_DATE:
      return machine_date (content);
    case META_TITLE:
    case META_SITE:
    case META_URL:
    case N_META_FIELDS:
    default:
      return collapse_or_null (content);
    }
}

/* A key in a property attribute is ranked just above the same key in a
 * name attribute. */
static void
take_meta_key (PageMeta   *meta,
               const char *key,
               gsize       key_length,
               gboolean    property,
               const char *content)
{
  int index = meta_key_index (key, key_length);
  MetaSlot *slot;
  guint rank;
  char *value;

  if (index < 0)
    return;
  slot = &meta->tags[meta_keys[index].field];
  rank = index * 2 + (property ? 0 : 1);
  if (slot->value != NULL && slot->rank <= rank)
    return;
  value = meta_value (meta_keys[index].field, content);
  if (value == NULL)
    return;
  g_free (slot->value);
  slot->value = value;
  slot->rank = rank;
}

/* A property may name several keys at once ("og:title twitter:title"). */
static void
read_meta_tag (xmlNode  *node,
               PageMeta *meta)
{
  const char *key = readable_attribute (node, "property");
  const char *content = readable_attribute (node, "content");
  gboolean property = key != NULL;

  if (key == NULL)
    key = readable_attribute (node, "name");
  if (key == NULL)
    key = readable_attribute (node, "itemprop");
  if (key == NULL || content == NULL)
    return;

  while (*key != '\0')
    {
      gsize length = strcspn (key, " \t\n");

      if (length > 0)
        take_meta_key (meta, key, length, property, content);
      key += length;
      key += strspn (key, " \t\n");
    }
}

/* The name of a JSON-LD person or organisation, or of each of a list. */
static char *
ld_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return clean_byline (json_node_get_string (node));

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonNode *name = json_object_get_member (object, "name");

      return name != NULL ? ld_name (name) : NULL;
    }

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          char *name = ld_name (json_array_get_element (array, i));

          if (name != NULL)
            g_ptr_array_add (names, name);
        }
      g_ptr_array_add (names, NULL);
      return names->len > 1 ? g_strjoinv (", ", (char **) names->pdata) : NULL;
    }
  return NULL;
}

static const char *
ld_string (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static void read_ld_node (JsonNode *node,
                          PageMeta *meta);

static void
read_ld_object (JsonObject *object,
                PageMeta   *meta)
{
  JsonNode *author = json_object_get_member (object, "author");
  JsonNode *publisher = json_object_get_member (object, "publisher");
  JsonNode *graph = json_object_get_member (object, "@graph");

  take_if_unset (&meta->ld_headline, collapse_or_null (ld_string (object, "headline")));
  take_if_unset (&meta->ld_date, machine_date (ld_string (object, "datePublished")));
  if (author != NULL)
    take_if_unset (&meta->ld_author, ld_name (author));
  if (publisher != NULL && JSON_NODE_HOLDS_OBJECT (publisher))
    take_if_unset (&meta->ld_publisher,
                   collapse_or_null (ld_string (json_node_get_object (publisher), "name")));
  if (graph != NULL)
    read_ld_node (graph, meta);
}

static void
read_ld_node (JsonNode *node,
              PageMeta *meta)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    read_ld_object (json_node_get_object (node), meta);
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        read_ld_node (json_array_get_element (array, i), meta);
    }
}

/* Linked data that does not parse is ignored, as browsers do. */
static void
read_json_ld (xmlNode  *script,
              PageMeta *meta)
{
  const char *type = readable_attribute (script, "type");
  g_autoptr(JsonParser) parser = NULL;
  xmlChar *content;

  if (type == NULL || g_ascii_strcasecmp (type, "application/ld+json") != 0)
    return;

  content = xmlNodeGetContent (script);
  parser = json_parser_new_immutable ();
  if (content != NULL)
    {
      /* the JSON without a CDATA wrapper or comment markers around it */
      const char *cdata = strstr ((const char *) content, "<![CDATA[");
      const char *start = strpbrk (cdata != NULL ? cdata + 9 : (const char *) content, "{[");
      const char *end = start != NULL ? strrchr (start, *start == '{' ? '}' : ']') : NULL;

      if (end != NULL && json_parser_load_from_data (parser, start, end + 1 - start, NULL))
        read_ld_node (json_parser_get_root (parser), meta);
    }
  xmlFree (content);
}

static void
read_link (xmlNode  *link,
           PageMeta *meta)
{
  const char *rel = readable_attribute (link, "rel");
  const char *href = readable_attribute (link, "href");

  if (rel != NULL && href != NULL && g_ascii_strcasecmp (rel, "canonical") == 0)
    take_if_unset (&meta->canonical, collapse_or_null (href));
}

static gboolean
has_class_word (xmlNode    *element,
                const char *word)
{
  const char *value = readable_attribute (element, "class");
  g_autofree char *lower = NULL;

  if (value == NULL)
    return FALSE;
  lower = g_ascii_strdown (value, -1);
  return strstr (lower, word) != NULL;
}

static gboolean
is_author_element (xmlNode *element)
{
  const char *rel = readable_attribute (element, "rel");
  const char *itemprop = readable_attribute (element, "itemprop");

  return (rel != NULL && g_ascii_strcasecmp (rel, "author") == 0)
         || (itemprop != NULL && strstr (itemprop, "author") != NULL)
         || has_class_word (element, "byline");
}

/* A date in an element marked as the publication date: its content or
 * datetime attribute, else its text. */
static char *
itemprop_date (xmlNode *element)
{
  const char *value = readable_attribute (element, "content");
  g_autofree char *text = NULL;

  if (value == NULL)
    value = readable_attribute (element, "datetime");
  if (value != NULL)
    return machine_date (value);
  text = element_text (element);
  return text != NULL ? machine_date (text) : NULL;
}

static void
read_element (xmlNode  *element,
              PageMeta *meta)
{
  const char *name = (const char *) element->name;
  const char *itemprop = readable_attribute (element, "itemprop");

  if (g_ascii_strcasecmp (name, "meta") == 0)
    read_meta_tag (element, meta);
  else if (g_ascii_strcasecmp (name, "title") == 0)
    take_if_unset (&meta->title, element_text (element));
  else if (g_ascii_strcasecmp (name, "link") == 0)
    read_link (element, meta);
  else if (g_ascii_strcasecmp (name, "script") == 0)
    read_json_ld (element, meta);
  else if ((g_ascii_strcasecmp (name, "h1") == 0 || g_ascii_strcasecmp (name, "h2") == 0)
           && meta->headings->len < MAX_HEADINGS)
    {
      char *text = element_text (element);

      if (text != NULL)
        g_ptr_array_add (meta->headings, text);
    }

  if (itemprop != NULL && g_ascii_strcasecmp (itemprop, "datePublished") == 0)
    take_if_unset (&meta->itemprop_date, itemprop_date (element));
  else if (g_ascii_strcasecmp (name, "time") == 0 && meta->time_date == NULL)
    meta->time_date = machine_date (readable_attribute (element, "datetime"));

  if (meta->element_author == NULL && is_author_element (element))
    {
      g_autofree char *text = element_text (element);

      meta->element_author = clean_byline (text);
    }
}

static void
collect (xmlNode  *node,
         PageMeta *meta)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      read_element (child, meta);
      if (!is_element (child, "script") && !is_element (child, "style"))
        collect (child->children, meta);
    }
}

/* Separators between a headline and the outlet's name in a <title>. */
static const char * const title_separators[] = {
  " | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ", " :: ", " \u00BB ", " / ",
};

static const char *
find_separator (const char *title,
                gboolean    last,
                gsize      *out_length)
{
  const char *found = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (title_separators); i++)
    {
      const char *sep = title_separators[i];
      const char *p = strstr (title, sep);

      while (last && p != NULL && strstr (p + 1, sep) != NULL)
        p = strstr (p + 1, sep);
      if (p != NULL && (found == NULL || (last ? p > found : p < found)))
        {
          found = p;
          *out_length = strlen (sep);
        }
    }
  return found;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
}

/* Whether HEADING is TITLE or its part before a separator. */
static gboolean
heads_title (const char *heading,
             const char *title)
{
  gsize length = strlen (heading);
  gsize sep_length = 0;

  if (strncmp (title, heading, length) != 0)
    return FALSE;
  return title[length] == '\0'
         || find_separator (title + length, FALSE, &sep_length) == title + length;
}

/* A last part that names an outlet: the site's own name, or a few words
 * starting in upper case ("Valley Post", "BBC News"), not a subtitle. */
static gboolean
is_outlet_part (const char *part,
                const char *site_name)
{
  if (site_name != NULL && same_text (part, site_name))
    return TRUE;
  return claimline_text_count_words (part) <= OUTLET_MAX_WORDS
         && !g_unichar_islower (g_utf8_get_char (part));
}

/* The <title> without the outlet's name around it: the part a heading of
 * the page repeats, else without a first or last part naming the outlet
 * ("Storm closes schools - Valley Post"). */
static char *
clean_title (const char *title,
             const char *site_name,
             GPtrArray  *headings)
{
  const char *sep;
  gsize sep_length = 0;

  for (guint i = 0; i < headings->len; i++)
    {
      const char *heading = g_ptr_array_index (headings, i);

      if (heads_title (heading, title)
          || (strstr (title, heading) != NULL && strlen (heading) * 2 >= strlen (title)
              && claimline_text_count_words (heading) >= 2))
        return g_strdup (heading);
    }

  sep = find_separator (title, TRUE, &sep_length);
  if (sep != NULL)
    {
      g_autofree char *rest = g_strndup (title, sep - title);

      if (is_outlet_part (sep + sep_length, site_name)
          && claimline_text_count_words (rest) >= 2)
        return g_steal_pointer (&rest);
    }

  sep = find_separator (title, FALSE, &sep_length);
  if (sep != NULL && site_name != NULL)
    {
      g_autofree char *first = g_strndup (title, sep - title);

      if (same_text (first, site_name))
        return g_strdup (sep + sep_length);
    }
  return g_strdup (title);
}

static char *
choose_title (PageMeta   *meta,
              const char *site_name)
{
  const char *declared = meta->tags[META_TITLE].value;

  /* Linked data's headline is sometimes a description of the page type
   * ("Wikimedia list article"): it must agree with the <title>. */
  if (declared == NULL && meta->ld_headline != NULL
      && (meta->title == NULL || strstr (meta->title, meta->ld_headline) != NULL))
    declared = meta->ld_headline;
  if (declared == NULL)
    declared = meta->title;

  if (declared != NULL)
    return clean_title (declared, site_name, meta->headings);
  if (meta->headings->len > 0)
    return g_strdup (g_ptr_array_index (meta->headings, 0));
  return NULL;
}

static char *
host_of (const char *url)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  if (host == NULL || *host == '\0')
    return NULL;
  return g_strdup (g_str_has_prefix (host, "www.") ? host + 4 : host);
}

/* HREF made absolute against PAGE_URL; kept as written without a base. */
static char *
absolute_url (const char *href,
              const char *page_url)
{
  char *resolved;

  if (href == NULL)
    return NULL;
  if (page_url == NULL)
    return g_strdup (href);
  resolved = g_uri_resolve_relative (page_url, href, G_URI_FLAGS_NONE, NULL);
  return resolved != NULL ? resolved : g_strdup (href);
}

static char *
steal_first (char **a,
             char **b,
             char **c,
             char **d)
{
  if (*a != NULL)
    return g_steal_pointer (a);
  if (*b != NULL)
    return g_steal_pointer (b);
  if (*c != NULL)
    return g_steal_pointer (c);
  return d != NULL ? g_steal_pointer (d) : NULL;
}

void
readable_read_metadata (xmlDoc            *doc,
                        const char        *page_url,
                        ClaimlineReadable *readable)
{
  g_auto(PageMeta) meta = { NULL, };

  meta.headings = g_ptr_array_new_with_free_func (g_free);
  collect (xmlDocGetRootElement (doc), &meta);

  readable->site_name = meta.tags[META_SITE].value != NULL
                        ? g_steal_pointer (&meta.tags[META_SITE].value)
                        : meta.ld_publisher != NULL ? g_steal_pointer (&meta.ld_publisher)
                        : host_of (page_url);
  readable->title = choose_title (&meta, readable->site_name);
  readable->byline = steal_first (&meta.ld_author, &meta.tags[META_AUTHOR].value,
                                  &meta.element_author, NULL);
  readable->published = steal_first (&meta.tags[META_DATE].value, &meta.ld_date,
                                     &meta.itemprop_date,
                                     &meta.time_date);
  readable->canonical_url = absolute_url (meta.canonical != NULL ? meta.canonical
                                          : meta.tags[META_URL].value,
                                          page_url);
}
