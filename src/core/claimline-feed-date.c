/* claimline-feed-date.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>
#include <string.h>

#include "claimline-date-parse.h"
#include "claimline-feed-private.h"
#include "claimline-resources.h"

/* Korean dates carry no zone; the sites that write them mean KST. */
#define KOREAN_OFFSET_MINUTES (9 * 60)
/* Offsets beyond this are typos, not places. */
#define MAX_OFFSET_MINUTES (18 * 60)

typedef enum
{
  WORD_ZONE,
  WORD_MONTH,
  WORD_WEEKDAY,
  WORD_MERIDIEM,
} DateWordKind;

typedef struct
{
  DateWordKind kind;
  int          value;  /* zone offset in minutes, month number, or 12 for pm */
} DateWord;

/* The pieces of a date as read, before they are checked. */
typedef struct
{
  int      year;
  int      month;
  int      day;
  int      hour;
  int      minute;
  int      second;
  int      offset;     /* minutes east of UTC */
  int      meridiem;   /* 0 none, 1 am, 2 pm */
  gboolean has_time;
  gboolean has_zone;
  gboolean korean;
} DateParts;

static void
date_parts_init (DateParts *parts)
{
  memset (parts, 0, sizeof *parts);
}

/* ------------------------------------------------------------------ */
/* Words                                                               */

static int
parse_offset_value (const char *text)
{
  int sign = text[0] == '-' ? -1 : 1;
  int value = atoi (text + 1);

  return sign * ((value / 100) * 60 + value % 100);
}

static DateWord *
parse_word_entry (const char  *entry,
                  char       **out_word)
{
  g_auto(GStrv) fields = g_strsplit_set (entry, " \t", -1);
  DateWord *word;

  if (g_strv_length (fields) < 2)
    return NULL;
  word = g_new0 (DateWord, 1);
  if (g_str_equal (fields[0], "zone") && fields[2] != NULL)
    *word = (DateWord) { WORD_ZONE, parse_offset_value (fields[2]) };
  else if (g_str_equal (fields[0], "month") && fields[2] != NULL)
    *word = (DateWord) { WORD_MONTH, atoi (fields[2]) };
  else if (g_str_equal (fields[0], "weekday"))
    *word = (DateWord) { WORD_WEEKDAY, 0 };
  else if (g_str_equal (fields[0], "meridiem") && fields[2] != NULL)
    *word = (DateWord) { WORD_MERIDIEM, g_str_equal (fields[2], "pm") ? 2 : 1 };
  else
    g_clear_pointer (&word, g_free);

  if (word != NULL)
    *out_word = g_strdup (fields[1]);
  return word;
}

static GHashTable *
date_words (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      const GPtrArray *entries = claimline_resources_get_lexicon ("feed-date-words");
      GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

      for (guint i = 0; i < entries->len; i++)
        {
          char *name = NULL;
          DateWord *word = parse_word_entry (g_ptr_array_index (entries, i), &name);

          if (word != NULL)
            g_hash_table_replace (words, name, word);
        }
      g_once_init_leave (&table, words);
    }
  return table;
}

/* ------------------------------------------------------------------ */
/* Building the result                                                 */

static int
expand_two_digit_year (int year,
                       int digits)
{
  if (digits > 2)
    return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

static GDateTime *
date_parts_to_utc (DateParts *parts)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local = NULL;
  int hour = parts->hour;

  if (parts->meridiem == 2 && hour < 12)
    hour += 12;
  else if (parts->meridiem == 1 && hour == 12)
    hour = 0;
  if (parts->korean && !parts->has_zone)
    parts->offset = KOREAN_OFFSET_MINUTES;

  if (parts->year < 1 || parts->year > 9999 || hour > 23 || parts->minute > 59
      || parts->second > 60 || ABS (parts->offset) > MAX_OFFSET_MINUTES)
    return NULL;

  zone = g_time_zone_new_offset (parts->offset * 60);
  local = g_date_time_new (zone, parts->year, parts->month, parts->day, hour, parts->minute,
                           MIN (parts->second, 59));
  if (local == NULL)
    return NULL;
  /* Via the Unix time, which fails cleanly past the year 9999. */
  return g_date_time_new_from_unix_utc (g_date_time_to_unix (local));
}

/* ------------------------------------------------------------------ */
/* W3C-DTF, RFC 3339 and ISO 8601                                      */

static int
read_digits (const char **p,
             int         *out_count)
{
  int value = 0;
  int count = 0;

  while (g_ascii_isdigit (**p) && count < 9)
    {
      value = value * 10 + (**p - '0');
      (*p)++;
      count++;
    }
  *out_count = count;
  return value;
}

/* "Z", "+05:30", "+0530" or "+05"; FALSE when something else follows. */
static gboolean
read_numeric_zone (const char **p,
                   DateParts   *parts)
{
  int sign;
  int hours;
  int minutes = 0;
  int count;

  if (**p == 'Z' || **p == 'z')
    {
      (*p)++;
      parts->has_zone = TRUE;
      return TRUE;
    }
  if (**p != '+' && **p != '-')
    return FALSE;

  sign = **p == '-' ? -1 : 1;
  (*p)++;
  hours = read_digits (p, &count);
  if (count == 4)
    {
      minutes = hours % 100;
      hours /= 100;
    }
  else if (count == 2 || count == 1)
    {
      if (**p == ':')
        {
          (*p)++;
          minutes = read_digits (p, &count);
          if (count != 2)
            return FALSE;
        }
    }
  else
    return FALSE;

  if (minutes > 59)
    return FALSE;
  parts->offset += sign * (hours * 60 + minutes);
  parts->has_zone = TRUE;
  return TRUE;
}

/* The ordinal day DAY_OF_YEAR of YEAR as month and day. */
static gboolean
set_ordinal_day (DateParts *parts,
                 int        day_of_year)
{
  g_autoptr(GDate) date = NULL;

  if (day_of_year < 1 || day_of_year > (g_date_is_leap_year (parts->year) ? 366 : 365))
    return FALSE;
  date = g_date_new_dmy (1, G_DATE_JANUARY, parts->year);
  g_date_add_days (date, day_of_year - 1);
  parts->month = g_date_get_month (date);
  parts->day = g_date_get_day (date);
  return TRUE;
}

/* "-YYMM" and "-YY-MM": ISO 8601's truncated forms. */
static gboolean
read_truncated_date (const char **p,
                     DateParts   *parts)
{
  int count;
  int value;

  (*p)++;
  value = read_digits (p, &count);
  if (count == 4)
    {
      parts->year = value / 100;
      parts->month = value % 100;
    }
  else if (count == 2 && **p == '-')
    {
      parts->year = value;
      (*p)++;
      parts->month = read_digits (p, &count);
      if (count != 2)
        return FALSE;
    }
  else
    return FALSE;
  parts->year = expand_two_digit_year (parts->year, 2);
  parts->day = 1;
  return TRUE;
}

/* "YYYY", "YYYY-MM", "YYYY-MM-DD" (a month of "012" too), "YYYY-DDD",
 * "YYYYMMDD", "YYMMDD" and "YY-MM-DD". */
static gboolean
read_full_date (const char **p,
                DateParts   *parts)
{
  int count;
  int value = read_digits (p, &count);

  parts->month = parts->day = 1;
  if (count == 8 || count == 6)
    {
      parts->year = expand_two_digit_year (value / 10000, count - 4);
      parts->month = value / 100 % 100;
      parts->day = value % 100;
      return TRUE;
    }
  if (count == 2 && **p == '-')
    parts->year = expand_two_digit_year (value, 2);
  else if (count == 4)
    parts->year = value;
  else
    return FALSE;

  if (**p != '-')
    return count == 4;
  (*p)++;
  value = read_digits (p, &count);
  if (count == 3 && **p != '-' && parts->year > 99)
    return set_ordinal_day (parts, value);
  if (count != 2 && !(count == 3 && value <= 12))
    return FALSE;
  parts->month = value;
  if (**p != '-')
    return TRUE;
  (*p)++;
  parts->day = read_digits (p, &count);
  return count == 2;
}

/* "hh:mm", "hh:mm:ss", "hh:mm:ss.fff", or "hhmm[ss]" in basic format. */
static gboolean
read_iso_time (const char **p,
               DateParts   *parts)
{
  int count;
  int value = read_digits (p, &count);

  if (count == 4 || count == 6)
    {
      parts->hour = count == 6 ? value / 10000 : value / 100;
      parts->minute = count == 6 ? value / 100 % 100 : value % 100;
      parts->second = count == 6 ? value % 100 : 0;
    }
  else if (count == 2 && **p == ':')
    {
      parts->hour = value;
      (*p)++;
      parts->minute = read_digits (p, &count);
      if (count != 2)
        return FALSE;
      if (**p == ':')
        {
          (*p)++;
          parts->second = read_digits (p, &count);
          if (count != 2)
            return FALSE;
        }
    }
  else
    return FALSE;

  if (**p == '.' || **p == ',')
    {
      (*p)++;
      read_digits (p, &count);
      while (g_ascii_isdigit (**p))
        (*p)++;
      if (count == 0)
        return FALSE;
    }
  parts->has_time = TRUE;
  return TRUE;
}

static gboolean
parse_iso (const char *text,
           DateParts  *parts)
{
  const char *p = text;

  if (!(*p == '-' ? read_truncated_date (&p, parts) : read_full_date (&p, parts)))
    return FALSE;

  if ((*p == 'T' || *p == 't' || *p == ' ') && g_ascii_isdigit (p[1]))
    {
      p++;
      if (!read_iso_time (&p, parts))
        return FALSE;
      if (*p == ' ' && (p[1] == '+' || p[1] == '-' || p[1] == 'Z'))
        p++;
      if (*p != '\0' && !read_numeric_zone (&p, parts))
        return FALSE;
    }
  return *p == '\0';
}

/* ------------------------------------------------------------------ */
/* RFC 822 and the free forms                                          */

typedef struct
{
  int numbers[3];
  int digits[3];
  int count;
} DateNumbers;

/* "hh:mm[:ss[.fff]]"; a fourth field ("1:2:3:4") makes it no time. */
static gboolean
read_clock_time (const char **p,
                 DateParts   *parts)
{
  int count;

  if (parts->has_time)
    return FALSE;
  parts->hour = read_digits (p, &count);
  if (count > 2 || **p != ':')
    return FALSE;
  (*p)++;
  parts->minute = read_digits (p, &count);
  if (count != 2)
    return FALSE;
  if (**p == ':')
    {
      (*p)++;
      parts->second = read_digits (p, &count);
      if (count != 2)
        return FALSE;
      if (**p == '.' || **p == ',')
        {
          (*p)++;
          while (g_ascii_isdigit (**p))
            (*p)++;
        }
    }
  parts->has_time = TRUE;
  return **p != ':';
}

static gboolean
is_korean_marker (gunichar c)
{
  return c == 0xB144 /* 년 */ || c == 0xC6D4 /* 월 */ || c == 0xC77C /* 일 */;
}

/* "1st", "2nd", "3rd", "4th" */
static gboolean
is_ordinal_suffix (const char *p)
{
  static const char * const suffixes[] = { "st", "nd", "rd", "th" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_ascii_strncasecmp (p, suffixes[i], 2) == 0 && !g_ascii_isalpha (p[2]))
      return TRUE;
  return FALSE;
}

static gboolean
read_number (const char  **p,
             DateParts    *parts,
             DateNumbers  *numbers)
{
  const char *start = *p;
  int count;
  int value;

  while (g_ascii_isdigit (**p))
    (*p)++;
  if (**p == ':')
    {
      *p = start;
      return read_clock_time (p, parts);
    }

  *p = start;
  value = read_digits (p, &count);
  if (numbers->count == 3 || g_ascii_isdigit (**p))
    return FALSE;
  numbers->numbers[numbers->count] = value;
  numbers->digits[numbers->count] = count;
  numbers->count++;

  if (is_korean_marker (g_utf8_get_char (*p)))
    {
      *p = g_utf8_next_char (*p);
      parts->korean = TRUE;
    }
  else if (is_ordinal_suffix (*p))
    *p += 2;
  return TRUE;
}

/* Sets what WORD says; OUT_ZONE tells whether it named a zone. */
static gboolean
apply_word (const char *word,
            DateParts  *parts,
            gboolean   *out_zone)
{
  const DateWord *known = g_hash_table_lookup (date_words (), word);
  guint month = claimline_date_month_from_name (word, -1);

  if (month != 0 || (known != NULL && known->kind == WORD_MONTH))
    {
      if (parts->month != 0)
        return FALSE;
      parts->month = month != 0 ? (int) month : known->value;
      return TRUE;
    }
  /* "at" before the time is a preposition, after it the Atlantic zone;
   * "5th of June" has another. */
  if ((g_str_equal (word, "at") && !parts->has_time) || g_str_equal (word, "of"))
    return TRUE;
  if (known == NULL)
    return parts->has_time && !parts->has_zone && g_utf8_strlen (word, -1) <= 5;

  switch (known->kind)
    {
    case WORD_ZONE:
      if (!parts->has_zone)
        parts->offset = known->value;
      parts->has_zone = TRUE;
      *out_zone = TRUE;
      return TRUE;
    case WORD_MERIDIEM:
      parts->meridiem = known->value;
      parts->korean |= (guchar) word[0] >= 0x80;
      return TRUE;
    case WORD_WEEKDAY:
    case WORD_MONTH:
    default:
      return TRUE;
    }
}

static gboolean
read_word (const char **p,
           DateParts   *parts)
{
  const char *start = *p;
  g_autofree char *word = NULL;
  gboolean zone = FALSE;

  while (**p != '\0')
    {
      gunichar c = g_utf8_get_char (*p);

      if (!g_unichar_isalpha (c) && !(c == '/' && *p > start))
        break;
      *p = g_utf8_next_char (*p);
    }

  /* The "T" between an ISO date and its time. */
  if (*p - start == 1 && (*start == 'T' || *start == 't') && g_ascii_isdigit (**p))
    return TRUE;

  word = g_utf8_strdown (start, *p - start);
  if (!apply_word (word, parts, &zone))
    return FALSE;

  /* A zone name may carry an offset of its own: "GMT+2", "UTC-05:00". */
  if (zone && (**p == '+' || **p == '-') && g_ascii_isdigit ((*p)[1]))
    {
      parts->offset = 0;
      return read_numeric_zone (p, parts);
    }
  return TRUE;
}

static gboolean
is_separator (char c)
{
  return c == ' ' || c == '\t' || c == ',' || c == '.' || c == '/' || c == '-' || c == '('
         || c == ')' || c == '\n' || c == '\r';
}

/* Day, month and year from the numbers read: with a month name, the
 * numbers are the day and the year in either order; without one, a
 * four-digit first number starts year-month-day, else it is
 * month-day-year (day-month-year when the first cannot be a month). */
static gboolean
assign_numbers (const DateNumbers *numbers,
                DateParts         *parts)
{
  const int *n = numbers->numbers;
  const int *digits = numbers->digits;

  if (parts->month != 0)
    {
      gboolean year_first;

      if (numbers->count != 2)
        return FALSE;
      year_first = digits[0] > 2 || n[0] > 31;
      parts->day = year_first ? n[1] : n[0];
      parts->year = expand_two_digit_year (year_first ? n[0] : n[1],
                                           year_first ? digits[0] : digits[1]);
      return (year_first ? digits[1] : digits[0]) <= 2;
    }

  if (numbers->count != 3)
    return FALSE;
  if (digits[0] == 4)
    {
      parts->year = n[0];
      parts->month = n[1];
      parts->day = n[2];
      return digits[1] <= 2 && digits[2] <= 2;
    }
  if (digits[0] > 2 || digits[1] > 2 || (digits[2] != 2 && digits[2] != 4))
    return FALSE;
  parts->month = n[0] > 12 ? n[1] : n[0];
  parts->day = n[0] > 12 ? n[0] : n[1];
  parts->year = expand_two_digit_year (n[2], digits[2]);
  return TRUE;
}

static gboolean
parse_free_form (const char *text,
                 DateParts  *parts)
{
  DateNumbers numbers = { { 0, }, { 0, }, 0 };
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      gboolean ok = TRUE;

      if (g_ascii_isdigit (*p))
        ok = read_number (&p, parts, &numbers);
      else if ((*p == '+' || *p == '-') && parts->has_time && g_ascii_isdigit (p[1]))
        ok = !parts->has_zone && read_numeric_zone (&p, parts);
      else if (is_separator (*p))
        p++;
      else if (g_unichar_isalpha (c))
        ok = read_word (&p, parts);
      else
        ok = FALSE;

      if (!ok)
        return FALSE;
    }
  return assign_numbers (&numbers, parts);
}

/* ------------------------------------------------------------------ */

GDateTime *
claimline_feed_parse_date (const char *text)
{
  g_autofree char *trimmed = NULL;
  DateParts parts;

  if (text == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0' || !g_utf8_validate (trimmed, -1, NULL))
    return NULL;

  date_parts_init (&parts);
  if (parse_iso (trimmed, &parts))
    return date_parts_to_utc (&parts);

  date_parts_init (&parts);
  if (parse_free_form (trimmed, &parts))
    return date_parts_to_utc (&parts);

  return NULL;
}

char *
claimline_feed_format_date (GDateTime *date)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  utc = g_date_time_to_utc (date);
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc));
}
