/*
 * floor.c: the floor of the ctst benchmark. Reads forum submissions with libyaml's event API
 * and writes the Data sheet of ctst's workbook with libxlsxwriter in constant_memory mode: the
 * two C libraries and nothing else.
 *
 *   cc -O2 floor.c $(pkg-config --cflags --libs yaml-0.1 xlsxwriter) -o floor
 *   cd WORKSPACE && ./floor OUT.xlsx reports/2025/submissions/BMG.yaml ...
 *
 * The sheet has ctst's columns and cell formats: Period, Forum, Indicator, Level, Economy,
 * Unit, Value, Date, Text, Lower bound, Quality, Source, As of, Forum id; text left-aligned
 * and wrapped, counts as #,##0, shares as 0.0%, dates as yyyy-mm-dd, the header row filled
 * and bold, frozen and filtered, each column as wide as its widest text (up to 30). Economies
 * by their names and fora by their acronyms, from config/economies.yaml and
 * config/strategy.yaml in the current folder (codes and ids where those are absent). What ctst
 * adds and the floor leaves out: its row order (APEC's), the roll-up rows it derives, and the
 * note under the table, a few dozen rows in all. The unit is inferred from the value's shape
 * (the floor has no catalogue). An indicator's rows are buffered until its mapping ends,
 * because `source`, `as_of`, `quality` and `lower_bound` may follow `by_economy`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>
#include <xlsxwriter.h>

enum shape { NUMBER, FLAG, DATE, LIST, RATIO, TEXT };

typedef struct {
  char economy[16]; /* empty for an overall value */
  enum shape shape;
  double number, denominator;
  char *text; /* date, list codes, free text, or yes/no */
  int line;
} value_t;

typedef struct {
  value_t *items;
  size_t count, capacity;
} values_t;

static lxw_worksheet *sheet;
static lxw_format *text_format, *count_format, *share_format, *date_format;
static lxw_row_t row = 1;

enum { COLUMNS = 14, TEXT_CAP = 30 };
static size_t widest[COLUMNS];

/* A code and what to show for it: an economy's name, a forum's acronym. */
typedef struct {
  char *code, *shown;
} name_t;

typedef struct {
  name_t *items;
  size_t count, capacity;
} names_t;

static names_t economies, fora;

static char *dup(const char *text) {
  size_t length = strlen(text) + 1;
  char *copy = malloc(length);
  if (!copy) exit(70);
  memcpy(copy, text, length);
  return copy;
}

static value_t *push(values_t *values) {
  if (values->count == values->capacity) {
    values->capacity = values->capacity ? values->capacity * 2 : 64;
    values->items = realloc(values->items, values->capacity * sizeof(value_t));
    if (!values->items) exit(70);
  }
  value_t *value = &values->items[values->count++];
  memset(value, 0, sizeof *value);
  return value;
}

static int by_code(const void *a, const void *b) {
  return strcmp(((const name_t *)a)->code, ((const name_t *)b)->code);
}

/* What to show for `code`: its name in `names`, else the code itself. */
static const char *shown(const names_t *names, const char *code) {
  name_t key = {(char *)code, NULL};
  name_t *found = names->count ? bsearch(&key, names->items, names->count, sizeof key, by_code)
                               : NULL;
  return found ? found->shown : code;
}

/* Reads the list under the top-level key `list` of the YAML file at `path` (a sequence of
 * mappings) into `names`: each item's `code_key` and `shown_key`; sorted by code. A missing
 * file leaves `names` empty. */
static void read_names(const char *path, const char *list, const char *code_key,
                       const char *shown_key, names_t *names) {
  FILE *input = fopen(path, "rb");
  if (!input) return;
  yaml_parser_t parser;
  yaml_event_t event;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, input);
  int depth = 0, in_list = 0, expecting_key = 1, done = 0;
  char key[64] = "", top_key[64] = "", code[64] = "", name[256] = "";
  while (!done && yaml_parser_parse(&parser, &event)) {
    switch (event.type) {
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT:
      depth++;
      if (depth == 2) in_list = !strcmp(top_key, list);
      if (depth == 3) code[0] = name[0] = '\0';
      expecting_key = event.type == YAML_MAPPING_START_EVENT;
      break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
      if (depth == 3 && in_list && code[0]) {
        if (names->count == names->capacity) {
          names->capacity = names->capacity ? names->capacity * 2 : 64;
          names->items = realloc(names->items, names->capacity * sizeof(name_t));
          if (!names->items) exit(70);
        }
        names->items[names->count].code = dup(code);
        names->items[names->count++].shown = dup(name[0] ? name : code);
      }
      depth--;
      expecting_key = depth == 1 || depth == 3;
      break;
    case YAML_SCALAR_EVENT: {
      const char *text = (const char *)event.data.scalar.value;
      if (depth == 1 || depth == 3) {
        if (expecting_key) {
          snprintf(depth == 1 ? top_key : key, sizeof key, "%s", text);
        } else if (depth == 3 && in_list && !strcmp(key, code_key)) {
          snprintf(code, sizeof code, "%s", text);
        } else if (depth == 3 && in_list && !strcmp(key, shown_key)) {
          snprintf(name, sizeof name, "%s", text);
        }
        expecting_key = !expecting_key;
      }
      break;
    }
    case YAML_STREAM_END_EVENT:
      done = 1;
      break;
    default:
      break;
    }
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  fclose(input);
  qsort(names->items, names->count, sizeof(name_t), by_code);
}

/* Writes text in column `col` of the current row, widening the column to fit it. */
static void text_cell(int col, const char *text) {
  size_t length = strlen(text);
  if (length > widest[col]) widest[col] = length;
  worksheet_write_string(sheet, row, col, text, text_format);
}

static void number_cell(int col, double number, lxw_format *format) {
  char shown_number[32];
  size_t length = (size_t)snprintf(shown_number, sizeof shown_number, "%.0f", number) + 3;
  if (length > widest[col]) widest[col] = length;
  worksheet_write_number(sheet, row, col, number, format);
}

static void date_cell(int col, const char *date) {
  lxw_datetime value = {atoi(date), atoi(date + 5), atoi(date + 8), 0, 0, 0};
  if (widest[col] < 10) widest[col] = 10;
  worksheet_write_datetime(sheet, row, col, &value, date_format);
}

static int is_date(const char *text) {
  return strlen(text) == 10 && text[4] == '-' && text[7] == '-';
}

/* Classifies a plain scalar as ctst does: number, yes/no, date, else text. */
static void classify(value_t *value, const char *text) {
  char *end;
  double number = strtod(text, &end);
  if (*text && *end == '\0') {
    value->shape = NUMBER;
    value->number = number;
  } else if (!strcasecmp(text, "yes") || !strcasecmp(text, "true")) {
    value->shape = FLAG;
    value->number = 1;
    value->text = dup("yes");
  } else if (!strcasecmp(text, "no") || !strcasecmp(text, "false")) {
    value->shape = FLAG;
    value->number = 0;
    value->text = dup("no");
  } else {
    value->shape = is_date(text) ? DATE : TEXT;
    value->text = dup(text);
  }
}

static const char *unit_of(enum shape shape) {
  switch (shape) {
  case NUMBER: return "count";
  case FLAG: return "economies";
  case DATE: return "date";
  case LIST: return "economy_list";
  case RATIO: return "percentage";
  default: return "qualitative";
  }
}

static void write_rows(const char *period, const char *forum, const char *indicator,
                       values_t *values, const char *source, const char *as_of,
                       const char *quality, int lower_bound) {
  const char *acronym = shown(&fora, forum);
  for (size_t i = 0; i < values->count; i++, row++) {
    value_t *v = &values->items[i];
    text_cell(0, period);
    text_cell(1, acronym);
    text_cell(2, indicator);
    text_cell(3, v->economy[0] ? "economy" : "overall");
    if (v->economy[0]) text_cell(4, shown(&economies, v->economy));
    text_cell(5, unit_of(v->shape));
    char ratio[64];
    switch (v->shape) {
    case NUMBER: case FLAG: case LIST:
      number_cell(6, v->number, count_format);
      break;
    case RATIO:
      if (v->denominator > 0) number_cell(6, v->number / v->denominator, share_format);
      snprintf(ratio, sizeof ratio, "%g/%g", v->number, v->denominator);
      text_cell(8, ratio);
      break;
    case DATE:
      date_cell(7, v->text);
      break;
    default: break;
    }
    if (v->text && v->text[0] && v->shape != DATE) text_cell(8, v->text);
    text_cell(9, lower_bound ? "yes" : "no");
    text_cell(10, quality[0] ? quality : "reported");
    if (source[0]) text_cell(11, source);
    if (as_of[0] && is_date(as_of)) date_cell(12, as_of);
    text_cell(13, forum);
    free(v->text);
  }
  values->count = 0;
}

/* Reads one submission. Containers are tracked on a small stack: in a mapping, scalars
 * alternate between key and value; key[d] is the key under which depth d+1 was opened. */
static int read_file(const char *path) {
  FILE *input = fopen(path, "rb");
  if (!input) {
    perror(path);
    return 1;
  }
  yaml_parser_t parser;
  yaml_event_t event;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, input);

  enum { MAX = 16 };
  char period[64] = "", forum[64] = "", indicator[256] = "", key[MAX][256];
  char source[64] = "", as_of[32] = "", quality[32] = "", list[4096] = "";
  int is_mapping[MAX] = {0}, expecting_key[MAX] = {0};
  int lower_bound = 0, depth = 0, done = 0, status = 0;
  values_t values = {0};
  value_t *current = NULL;
  memset(key, 0, sizeof key);

  while (!done) {
    if (!yaml_parser_parse(&parser, &event)) {
      fprintf(stderr, "%s: %s\n", path, parser.problem ? parser.problem : "YAML error");
      status = 1;
      break;
    }
    int line = (int)event.start_mark.line + 1;
    int in_indicators = depth >= 2 && !strcmp(key[0], "indicators");
    switch (event.type) {
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT: {
      int mapping = event.type == YAML_MAPPING_START_EVENT;
      if (in_indicators && depth == 2) { /* an indicator's own mapping */
        source[0] = as_of[0] = quality[0] = '\0';
        lower_bound = 0;
        current = NULL;
      }
      if (in_indicators && current && !mapping && (depth == 3 || depth == 4)) {
        current->shape = LIST; /* value: [..] or CODE: [..] */
        list[0] = '\0';
      }
      if (in_indicators && current && mapping && depth == 4) current->shape = RATIO;
      if (depth > 0) expecting_key[depth - 1] = 1; /* the container was a value */
      if (depth < MAX) {
        is_mapping[depth] = mapping;
        expecting_key[depth] = 1;
      }
      depth++;
      break;
    }
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
      depth--;
      if (in_indicators && depth == 3 && current && current->shape == LIST && !current->text)
        current->text = dup(list);
      if (in_indicators && depth == 4 && current && current->shape == LIST)
        current->text = dup(list);
      if (in_indicators && depth == 2)
        write_rows(period, forum, indicator, &values, source, as_of, quality, lower_bound);
      break;
    case YAML_SCALAR_EVENT: {
      const char *text = (const char *)event.data.scalar.value;
      int level = depth - 1;
      if (level < 0 || level >= MAX) break;
      if (!is_mapping[level]) { /* a list item: economy codes */
        if (in_indicators && current) {
          if (list[0]) strncat(list, " ", sizeof list - strlen(list) - 1);
          strncat(list, text, sizeof list - strlen(list) - 1);
          current->number += 1;
        }
        break;
      }
      if (expecting_key[level]) {
        expecting_key[level] = 0;
        snprintf(key[level], sizeof key[0], "%s", text);
        if (in_indicators && level == 1) snprintf(indicator, sizeof indicator, "%s", text);
        if (in_indicators && level == 2 && (!strcmp(text, "value") || !strcmp(text, "numerator"))
            && !current) {
          current = push(&values);
          current->line = line;
        }
        if (in_indicators && level == 3 && !strcmp(key[2], "by_economy")) {
          current = push(&values);
          snprintf(current->economy, sizeof current->economy, "%s", text);
          current->line = line;
        }
        break;
      }
      expecting_key[level] = 1;
      if (level == 0) {
        if (!strcmp(key[0], "period")) snprintf(period, sizeof period, "%s", text);
        if (!strcmp(key[0], "forum")) snprintf(forum, sizeof forum, "%s", text);
      } else if (in_indicators && level == 2) {
        if (!strcmp(key[2], "value")) classify(current, text);
        else if (!strcmp(key[2], "numerator")) {
          current->shape = RATIO;
          current->number = strtod(text, NULL);
        } else if (!strcmp(key[2], "denominator") && current) {
          current->shape = RATIO;
          current->denominator = strtod(text, NULL);
        } else if (!strcmp(key[2], "source")) snprintf(source, sizeof source, "%s", text);
        else if (!strcmp(key[2], "as_of")) snprintf(as_of, sizeof as_of, "%s", text);
        else if (!strcmp(key[2], "quality")) snprintf(quality, sizeof quality, "%s", text);
        else if (!strcmp(key[2], "lower_bound"))
          lower_bound = !strcasecmp(text, "yes") || !strcasecmp(text, "true");
      } else if (in_indicators && level == 3 && current) {
        classify(current, text);
      } else if (in_indicators && level == 4 && current) {
        if (!strcmp(key[4], "numerator")) current->number = strtod(text, NULL);
        else current->denominator = strtod(text, NULL);
      }
      break;
    }
    case YAML_STREAM_END_EVENT:
      done = 1;
      break;
    default:
      break;
    }
    yaml_event_delete(&event);
  }
  free(values.items);
  yaml_parser_delete(&parser);
  fclose(input);
  return status;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s OUT.xlsx SUBMISSION.yaml...\n", argv[0]);
    return 64;
  }
  lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
  lxw_workbook *workbook = workbook_new_opt(argv[1], &options);
  if (!workbook) return 73;
  sheet = workbook_add_worksheet(workbook, "Data");
  read_names("config/economies.yaml", "economies", "code", "name", &economies);
  read_names("config/strategy.yaml", "fora", "id", "acronym", &fora);
  lxw_format *header = workbook_add_format(workbook);
  lxw_format *header_right = workbook_add_format(workbook);
  lxw_format *headers_of[] = {header, header_right};
  for (int i = 0; i < 2; i++) {
    format_set_bold(headers_of[i]);
    format_set_bg_color(headers_of[i], 0xDDEBF7);
    format_set_bottom(headers_of[i], LXW_BORDER_THIN);
    format_set_align(headers_of[i], i ? LXW_ALIGN_RIGHT : LXW_ALIGN_LEFT);
    format_set_align(headers_of[i], LXW_ALIGN_VERTICAL_TOP);
    format_set_indent(headers_of[i], 1);
    format_set_text_wrap(headers_of[i]);
  }
  text_format = workbook_add_format(workbook);
  format_set_align(text_format, LXW_ALIGN_LEFT);
  format_set_align(text_format, LXW_ALIGN_VERTICAL_TOP);
  format_set_indent(text_format, 1);
  format_set_text_wrap(text_format);
  lxw_format **right[] = {&count_format, &share_format, &date_format};
  const char *number_formats[] = {"#,##0", "0.0%", "yyyy-mm-dd"};
  for (int i = 0; i < 3; i++) {
    *right[i] = workbook_add_format(workbook);
    format_set_num_format(*right[i], number_formats[i]);
    format_set_align(*right[i], LXW_ALIGN_RIGHT);
    format_set_align(*right[i], LXW_ALIGN_VERTICAL_TOP);
    format_set_indent(*right[i], 1);
  }
  const char *headers[COLUMNS] = {"Period", "Forum", "Indicator", "Level", "Economy", "Unit",
                                  "Value", "Date", "Text", "Lower bound", "Quality", "Source",
                                  "As of", "Forum id"};
  for (int col = 0; col < COLUMNS; col++) {
    int numeric = col == 6 || col == 7 || col == 12;
    worksheet_write_string(sheet, 0, col, headers[col], headers_of[numeric]);
    widest[col] = strlen(headers[col]);
  }
  worksheet_freeze_panes(sheet, 1, 0);
  int status = 0;
  for (int i = 2; i < argc; i++) status |= read_file(argv[i]);
  /* Column widths and the filter may follow the rows: libxlsxwriter writes them on closing. */
  for (int col = 0; col < COLUMNS; col++) {
    size_t width = widest[col] < TEXT_CAP ? widest[col] : TEXT_CAP;
    worksheet_set_column(sheet, col, col, (double)width + 2, NULL);
  }
  worksheet_autofilter(sheet, 0, 0, row - 1, COLUMNS - 1);
  if (workbook_close(workbook) != LXW_NO_ERROR) return 73;
  fprintf(stderr, "floor: %lu rows\n", (unsigned long)(row - 1));
  return status ? 65 : 0;
}
