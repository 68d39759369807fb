/* bench-readable.c: main-text extraction throughput over real pages.
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-readable [CORPUS_DIR [ROUNDS]]
 *
 * Loads every page of the article extraction benchmark (CORPUS_DIR
 * defaults to $CLAIMLINE_SHARED_DIR/corpora/article-extraction-benchmark),
 * uncompressed, into memory, then extracts each one ROUNDS times (default
 * 5) with claimline_readable_extract() and prints pages per second, MiB of
 * HTML per second and resident memory.  Only the extraction is timed:
 * parsing, scoring, cleaning and metadata.
 */

#include <string.h>

#include <gio/gio.h>

#include "bench-corpus.h"
#include "claimline-readable.h"

static GBytes *
read_gzip (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GInputStream) raw = G_INPUT_STREAM (g_file_read (file, NULL, &error));
  g_autoptr(GZlibDecompressor) gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (raw == NULL)
    g_error ("Cannot read %s: %s", path, error->message);
  stream = g_converter_input_stream_new (raw, G_CONVERTER (gunzip));
  if (g_output_stream_splice (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error) < 0)
    g_error ("Cannot decompress %s: %s", path, error->message);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The pages of DIR/html, in name order. */
static GPtrArray *
load_pages (const char *dir,
            gsize      *out_bytes)
{
  g_autofree char *html_dir = g_build_filename (dir, "html", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = g_dir_open (html_dir, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  const char *name;

  if (listing == NULL)
    g_error ("Cannot list %s: %s", html_dir, error->message);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, ".html.gz"))
      g_ptr_array_add (names, g_build_filename (html_dir, name, NULL));
  g_ptr_array_sort (names, compare_names);

  *out_bytes = 0;
  for (guint i = 0; i < names->len; i++)
    {
      GBytes *page = read_gzip (g_ptr_array_index (names, i));

      *out_bytes += g_bytes_get_size (page);
      g_ptr_array_add (pages, page);
    }
  return pages;
}

/* Extracts every page once; returns the characters of text found, so the
 * work cannot be optimised away. */
static gsize
extract_all (GPtrArray *pages)
{
  gsize chars = 0;

  for (guint i = 0; i < pages->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineReadable) readable = NULL;
      gsize length;
      const char *html = g_bytes_get_data (g_ptr_array_index (pages, i), &length);

      readable = claimline_readable_extract (html, length, NULL, &error);
      if (readable == NULL)
        g_error ("Page %u: %s", i, error->message);
      chars += strlen (readable->text);
    }
  return chars;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  guint rounds = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 5;
  gsize bytes = 0;
  gsize chars = 0;
  gint64 start, elapsed;
  double seconds;

  if (argc > 1)
    dir = g_strdup (argv[1]);
  else if (g_getenv ("CLAIMLINE_SHARED_DIR") != NULL)
    dir = g_build_filename (g_getenv ("CLAIMLINE_SHARED_DIR"), "corpora",
                            "article-extraction-benchmark", NULL);
  else
    {
      g_printerr ("Usage: bench-readable CORPUS_DIR [ROUNDS]\n");
      return 1;
    }

  pages = load_pages (dir, &bytes);
  extract_all (pages); /* warm-up: lexicons, caches */

  start = g_get_monotonic_time ();
  for (guint round = 0; round < MAX (rounds, 1); round++)
    chars += extract_all (pages);
  elapsed = g_get_monotonic_time () - start;
  seconds = elapsed / 1e6;

  g_print ("claimline-readable: %u pages x %u rounds (%.1f MiB of HTML) in %.2f s: "
           "%.1f pages/s, %.1f MiB/s; %zu characters of text per round; RSS %zu KiB\n",
           pages->len, MAX (rounds, 1), bytes / 1048576.0, seconds,
           pages->len * MAX (rounds, 1) / seconds, bytes * MAX (rounds, 1) / 1048576.0 / seconds,
           chars / MAX (rounds, 1), bench_rss_kib ());
  return 0;
}
