/* claimline-feed.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "claimline-document.h"

G_BEGIN_DECLS

/* A media file attached to an entry (RSS <enclosure>, Atom rel="enclosure",
 * JSON Feed attachment). */
typedef struct
{
  char   *url;     /* absolute */
  char   *type;    /* nullable MIME type */
  gint64  length;  /* in bytes, -1 when not given */
} ClaimlineFeedEnclosure;

/* One item of a feed.  Text fields are plain UTF-8 text: HTML is decoded
 * through the import pipeline, whitespace normalised.  Titles and authors
 * are single lines; summary and content keep paragraphs separated by a
 * blank line.  Dates are UTC, "YYYY-MM-DDTHH:MM:SSZ".  Links are absolute.
 * Every field is nullable. */
typedef struct
{
  char      *id;          /* guid, Atom id, rdf:about or JSON Feed id */
  char      *title;
  char      *link;        /* the entry's page */
  char      *author;      /* a name (or an address when no name is given) */
  char      *summary;
  char      *content;     /* the full text when the feed carries it */
  char      *published;
  char      *updated;
  GPtrArray *categories;  /* of char *, never NULL */
  GPtrArray *enclosures;  /* of ClaimlineFeedEnclosure *, never NULL */
} ClaimlineFeedEntry;

/* A parsed feed.  FORMAT names the dialect: "rss0.90", "rss0.91n" (the
 * Netscape flavour), "rss0.91u", "rss0.92", "rss0.93", "rss0.94", "rss2.0",
 * "rss" (no version given), "rss1.0", "atom0.3", "atom1.0", "json1.0" or
 * "json1.1".  ENCODING is the character set the bytes were read in,
 * lower-cased ("utf-8", "iso-8859-1", "utf-16le", …).  RECOVERED is set
 * when the input was not well-formed and was read leniently: what could
 * be salvaged is there, the rest is lost. */
typedef struct
{
  char      *title;
  char      *link;         /* the site the feed belongs to */
  char      *description;
  char      *language;     /* a language tag such as "en-us", or NULL */
  char      *author;
  char      *updated;      /* when the feed last changed, as in entries */
  char      *format;
  char      *encoding;
  gboolean   recovered;
  GPtrArray *entries;      /* of ClaimlineFeedEntry *, in document order */
  guint      n_dropped;    /* entries past CLAIMLINE_FEED_MAX_ENTRIES, not kept */
} ClaimlineFeed;

/* The most entries one feed keeps, in document order (newest first in
 * practice): no real feed lists more, and a hostile one of a million
 * entries would otherwise hold them all in memory. */
#define CLAIMLINE_FEED_MAX_ENTRIES 10000

/* Reads RSS 0.9x / 2.0, RSS 1.0 (RDF), Atom 0.3 / 1.0 or JSON Feed 1.0 /
 * 1.1.  FEED_URL (nullable) is where the bytes came from: relative links
 * are resolved against it and xml:base.  CONTENT_TYPE (nullable) is the
 * HTTP Content-Type; its charset overrides the one the document declares.
 * No network access is made and no external entity or DTD is loaded.
 * Fails with CLAIMLINE_ERROR_TOO_LARGE (over CLAIMLINE_IMPORT_MAX_BYTES),
 * _EMPTY, _ENCODING (bytes that are no text) or _PARSE (not a feed). */
ClaimlineFeed     *claimline_feed_parse              (GBytes                   *bytes,
                                                      const char               *feed_url,
                                                      const char               *content_type,
                                                      GError                  **error);

void               claimline_feed_free               (ClaimlineFeed            *feed);
void               claimline_feed_entry_free         (ClaimlineFeedEntry       *entry);
void               claimline_feed_enclosure_free     (ClaimlineFeedEnclosure   *enclosure);

/* Whether DATA starts like a feed (an <rss>, <rdf:RDF> or <feed> root, or
 * a JSON object naming a jsonfeed.org version), for routing imports. */
gboolean           claimline_feed_sniff              (const char               *data,
                                                      gsize                     size);

/* A feed date: RFC 822 with its real-world variants (named and numeric
 * zones, "GMT+2", missing seconds or weekday, wrong weekday, two-digit
 * years), RFC 3339 / ISO 8601 and W3C-DTF partial dates, asctime, and a
 * few localised forms.  A date without a zone is taken as UTC.  Returns
 * the instant in UTC, or NULL when TEXT is not a usable date. */
GDateTime         *claimline_feed_parse_date         (const char               *text);

/* DATE as "YYYY-MM-DDTHH:MM:SSZ" in UTC. */
char              *claimline_feed_format_date        (GDateTime                *date);

/* The article an entry stands for: guid, url, title (the entry's, else the
 * start of its text), outlet (the feed's title, else the site's host),
 * author (the entry's, else the feed's), published ("YYYY-MM-DD", from the
 * published or else the updated date), text (content, else summary; may
 * be empty) and a SHA-256 content hash over id, link, title and text. */
ClaimlineDocument *claimline_feed_entry_to_document  (const ClaimlineFeed      *feed,
                                                      const ClaimlineFeedEntry *entry);

/* The feeds an HTML page advertises with <link rel="alternate"> and an
 * RSS, Atom or JSON Feed type, as absolute URLs in page order without
 * duplicates.  PAGE_URL (nullable) resolves relative hrefs, together with
 * a <base href>.  Never NULL; empty when the page names no feed. */
char             **claimline_feed_discover           (GBytes                   *html,
                                                      const char               *page_url);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineFeed, claimline_feed_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineFeedEntry, claimline_feed_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineFeedEnclosure, claimline_feed_enclosure_free)

G_END_DECLS
