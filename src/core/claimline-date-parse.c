/* claimline-date-parse.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-date-parse.h"
#include "claimline-resources.h"

#define MIN_YEAR 1000

typedef struct
{
  guint value;
  guint digits;
} DateNumber;

/* The months lexicon as a table from lower-cased name to month number. */
static GHashTable *
months_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      const GPtrArray *entries = claimline_resources_get_lexicon ("months");
      GHashTable *months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < entries->len; i++)
        {
          g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (entries, i), " ", 2);
          guint64 number;

          if (g_strv_length (parts) == 2
              && g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 1, 12, &number, NULL))
            g_hash_table_insert (months, g_strdup (parts[0]), GUINT_TO_POINTER ((guint) number));
        }
      g_once_init_leave (&table, months);
    }
  return table;
}

guint
claimline_date_month_from_name (const char *word,
                                gssize      length)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (word != NULL, 0);

  if (length < 0)
    length = strlen (word);
  if (length > 0 && word[length - 1] == '.')
    length--;
  if (length == 0)
    return 0;

  lower = g_ascii_strdown (word, length);
  return GPOINTER_TO_UINT (g_hash_table_lookup (months_table (), lower));
}

static gboolean
read_number (const char **p,
             guint        max_digits,
             DateNumber  *out)
{
  const char *s = *p;
  DateNumber number = { 0, 0 };

  while (g_ascii_isdigit (*s) && number.digits < max_digits)
    {
      number.value = number.value * 10 + (guint) (*s - '0');
      number.digits++;
      s++;
    }
  /* A longer run of digits is some other number, not part of a date. */
  if (number.digits == 0 || g_ascii_isdigit (*s))
    return FALSE;

  *out = number;
  *p = s;
  return TRUE;
}

static gboolean
read_year (const char **p,
           guint       *year)
{
  DateNumber number;

  if (!read_number (p, 4, &number) || number.digits != 4)
    return FALSE;
  *year = number.value;
  return TRUE;
}

static gboolean
read_month_name (const char **p,
                 guint       *month)
{
  const char *s = *p;

  while (g_ascii_isalpha (*s))
    s++;
  if (*s == '.')
    s++;

  *month = claimline_date_month_from_name (*p, s - *p);
  if (*month == 0)
    return FALSE;
  *p = s;
  return TRUE;
}

/* Spaces, commas and dashes between the parts of a written date. */
static gboolean
skip_separators (const char **p)
{
  const char *s = *p;

  while (*s == ' ' || *s == ',' || *s == '-')
    s++;
  if (s == *p)
    return FALSE;
  *p = s;
  return TRUE;
}

/* "st", "nd", "rd", "th" after a day number, and a following "of". */
static void
skip_ordinal (const char **p)
{
  const char *s = *p;

  if (g_ascii_isalpha (s[0]) && g_ascii_isalpha (s[1]) && !g_ascii_isalpha (s[2]))
    {
      g_autofree char *suffix = g_ascii_strdown (s, 2);

      if (g_str_equal (suffix, "st") || g_str_equal (suffix, "nd")
          || g_str_equal (suffix, "rd") || g_str_equal (suffix, "th"))
        *p = s + 2;
    }

  s = *p;
  if (*s == ' ' && g_ascii_strncasecmp (s + 1, "of ", 3) == 0)
    *p = s + 3;
}

/* 2025-06-08, 2025/06/08, 06/09/2025 (month first), 9.6.2025 (day first). */
static gboolean
scan_numeric (const char **p,
              guint       *year,
              guint       *month,
              guint       *day)
{
  const char *s = *p;
  DateNumber a, b, c;
  char separator;

  if (!read_number (&s, 4, &a))
    return FALSE;
  separator = *s;
  if (separator != '-' && separator != '/' && separator != '.')
    return FALSE;
  s++;
  if (!read_number (&s, 2, &b) || *s != separator)
    return FALSE;
  s++;
  if (!read_number (&s, 4, &c))
    return FALSE;

  if (a.digits == 4 && c.digits <= 2)
    {
      *year = a.value;
      *month = b.value;
      *day = c.value;
    }
  else if (a.digits <= 2 && c.digits == 4)
    {
      /* Month first unless the first number cannot be a month. */
      gboolean day_first = separator == '.' || a.value > 12;

      *year = c.value;
      *month = day_first ? b.value : a.value;
      *day = day_first ? a.value : b.value;
    }
  else
    return FALSE;

  *p = s;
  return TRUE;
}

/* 16 March 2026, 5th of June, 2025, 8-Jun-2025 */
static gboolean
scan_day_month_year (const char **p,
                     guint       *year,
                     guint       *month,
                     guint       *day)
{
  const char *s = *p;
  DateNumber number;

  if (!read_number (&s, 2, &number))
    return FALSE;
  skip_ordinal (&s);
  if (!skip_separators (&s) || !read_month_name (&s, month)
      || !skip_separators (&s) || !read_year (&s, year))
    return FALSE;

  *day = number.value;
  *p = s;
  return TRUE;
}

/* March 16, 2026, Jan. 5 2025, June 9th, 2025 */
static gboolean
scan_month_day_year (const char **p,
                     guint       *year,
                     guint       *month,
                     guint       *day)
{
  const char *s = *p;
  DateNumber number;

  if (!read_month_name (&s, month) || !skip_separators (&s)
      || !read_number (&s, 2, &number))
    return FALSE;
  skip_ordinal (&s);
  if (!skip_separators (&s) || !read_year (&s, year))
    return FALSE;

  *day = number.value;
  *p = s;
  return TRUE;
}

char *
claimline_date_scan (const char  *text,
                     const char **out_end)
{
  const char *s = text;
  guint year = 0, month = 0, day = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (!scan_numeric (&s, &year, &month, &day)
      && !scan_day_month_year (&s, &year, &month, &day)
      && !scan_month_day_year (&s, &year, &month, &day))
    return NULL;

  /* "2025-06-089" or "June 9, 2025a" are not dates that end here, but an
   * ISO date may run into its time ("2025-06-09T08:30"). */
  if (g_ascii_isalnum (*s) && !(*s == 'T' && g_ascii_isdigit (s[1])))
    return NULL;
  if (year < MIN_YEAR || day > 31 || month > 12
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  if (out_end != NULL)
    *out_end = s;
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

gboolean
claimline_date_is_ambiguous (const char *text)
{
  const char *s = text;
  guint year = 0, month = 0, day = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  while (g_ascii_isspace (*s))
    s++;
  /* Only "NN/NN/YYYY" (or with dashes) read month first can be either way. */
  if (!g_ascii_isdigit (s[0]) || (g_ascii_isdigit (s[1]) && g_ascii_isdigit (s[2])) ||
      !scan_numeric (&s, &year, &month, &day))
    return FALSE;
  return month <= 12 && day <= 12 && month != day && strchr (text, '.') == NULL;
}

/* What may follow a date in a date-only field: nothing, or a time of day. */
static gboolean
is_time_tail (const char *s)
{
  if (*s == 'T' && g_ascii_isdigit (s[1]))
    return TRUE;

  while (*s == ' ' || *s == ',')
    s++;
  if (*s == '\0')
    return TRUE;
  if (g_ascii_strncasecmp (s, "at ", 3) == 0)
    s += 3;
  while (g_ascii_isdigit (*s))
    s++;
  return *s == ':' && g_ascii_isdigit (s[1]);
}

char *
claimline_date_parse (const char *text)
{
  g_autofree char *date = NULL;
  const char *end = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  while (g_ascii_isspace (*text))
    text++;
  date = claimline_date_scan (text, &end);
  if (date == NULL || !is_time_tail (end))
    return NULL;
  return g_steal_pointer (&date);
}
