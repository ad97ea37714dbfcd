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
#include <unistd.h>
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

enum { COLUMNS = 14, TEXT_CAP = 30, MAX_DEPTH = 16 };
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

static char *text_copy(const char *text) {
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

/* Walks the YAML file at `path`, giving each event to `on_event` with `state` until the stream
 * ends; 1 (said on stderr) if the file cannot be opened or parsed, else 0. */
static int walk(const char *path, void (*on_event)(const yaml_event_t *, void *), void *state) {
  FILE *input = fopen(path, "rb");
  if (!input) {
    perror(path);
    return 1;
  }
  yaml_parser_t parser;
  yaml_event_t event;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, input);
  int status = 0, done = 0;
  while (!done) {
    if (!yaml_parser_parse(&parser, &event)) {
      fprintf(stderr, "%s: %s\n", path, parser.problem ? parser.problem : "YAML error");
      status = 1;
      break;
    }
    done = event.type == YAML_STREAM_END_EVENT;
    on_event(&event, state);
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  fclose(input);
  return status;
}

/* A configuration list being read: the items of the top-level key `list`, each a mapping
 * whose `code_key` and `shown_key` go into `names`. */
typedef struct {
  const char *list, *code_key, *shown_key;
  names_t *names;
  int depth, in_list, expecting_key;
  char key[64], top_key[64], code[64], name[256];
} names_reading_t;

static void on_names_event(const yaml_event_t *event, void *state) {
  names_reading_t *r = state;
  switch (event->type) {
  case YAML_MAPPING_START_EVENT:
  case YAML_SEQUENCE_START_EVENT:
    r->depth++;
    if (r->depth == 2) r->in_list = !strcmp(r->top_key, r->list);
    if (r->depth == 3) r->code[0] = r->name[0] = '\0';
    r->expecting_key = event->type == YAML_MAPPING_START_EVENT;
    break;
  case YAML_MAPPING_END_EVENT:
  case YAML_SEQUENCE_END_EVENT:
    if (r->depth == 3 && r->in_list && r->code[0]) {
      names_t *names = r->names;
      if (names->count == names->capacity) {
        names->capacity = names->capacity ? names->capacity * 2 : 64;
        names->items = realloc(names->items, names->capacity * sizeof(name_t));
        if (!names->items) exit(70);
      }
      names->items[names->count].code = text_copy(r->code);
      names->items[names->count++].shown = text_copy(r->name[0] ? r->name : r->code);
    }
    r->depth--;
    r->expecting_key = r->depth == 1 || r->depth == 3;
    break;
  case YAML_SCALAR_EVENT: {
    const char *text = (const char *)event->data.scalar.value;
    if (r->depth != 1 && r->depth != 3) break;
    if (r->expecting_key)
      snprintf(r->depth == 1 ? r->top_key : r->key, sizeof r->key, "%s", text);
    else if (r->depth == 3 && r->in_list && !strcmp(r->key, r->code_key))
      snprintf(r->code, sizeof r->code, "%s", text);
    else if (r->depth == 3 && r->in_list && !strcmp(r->key, r->shown_key))
      snprintf(r->name, sizeof r->name, "%s", text);
    r->expecting_key = !r->expecting_key;
    break;
  }
  default:
    break;
  }
}

/* Reads the list under the top-level key `list` of the YAML file at `path` (a sequence of
 * mappings) into `names`: each item's `code_key` and `shown_key`; sorted by code. A missing
 * file leaves `names` empty. */
static void read_names(const char *path, const char *list, const char *code_key,
                       const char *shown_key, names_t *names) {
  if (access(path, R_OK) != 0) return;
  names_reading_t reading = {.list = list, .code_key = code_key, .shown_key = shown_key,
                             .names = names, .expecting_key = 1};
  walk(path, on_names_event, &reading);
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
    value->text = text_copy("yes");
  } else if (!strcasecmp(text, "no") || !strcasecmp(text, "false")) {
    value->shape = FLAG;
    value->number = 0;
    value->text = text_copy("no");
  } else {
    value->shape = is_date(text) ? DATE : TEXT;
    value->text = text_copy(text);
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

/* One submission being read. Containers are tracked on a small stack: in a mapping, scalars
 * alternate between key and value; key[d] is the key under which depth d+1 was opened. */
typedef struct {
  char period[64], forum[64], indicator[256], key[MAX_DEPTH][256];
  char source[64], as_of[32], quality[32], list[4096];
  int is_mapping[MAX_DEPTH], expecting_key[MAX_DEPTH];
  int lower_bound, depth;
  values_t values;
  value_t *current;
} submission_t;

/* Takes one event of a submission: its rows are written as each indicator's mapping ends. */
static void on_submission_event(const yaml_event_t *event, void *state) {
  submission_t *s = state;
  int line = (int)event->start_mark.line + 1;
  int in_indicators = s->depth >= 2 && !strcmp(s->key[0], "indicators");
  switch (event->type) {
  case YAML_MAPPING_START_EVENT:
  case YAML_SEQUENCE_START_EVENT: {
    int mapping = event->type == YAML_MAPPING_START_EVENT;
    if (in_indicators && s->depth == 2) { /* an indicator's own mapping */
      s->source[0] = s->as_of[0] = s->quality[0] = '\0';
      s->lower_bound = 0;
      s->current = NULL;
    }
    if (in_indicators && s->current && !mapping && (s->depth == 3 || s->depth == 4)) {
      s->current->shape = LIST; /* value: [..] or CODE: [..] */
      s->list[0] = '\0';
    }
    if (in_indicators && s->current && mapping && s->depth == 4) s->current->shape = RATIO;
    if (s->depth > 0) s->expecting_key[s->depth - 1] = 1; /* the container was a value */
    if (s->depth < MAX_DEPTH) {
      s->is_mapping[s->depth] = mapping;
      s->expecting_key[s->depth] = 1;
    }
    s->depth++;
    break;
  }
  case YAML_MAPPING_END_EVENT:
  case YAML_SEQUENCE_END_EVENT:
    s->depth--;
    if (in_indicators && s->depth == 3 && s->current && s->current->shape == LIST
        && !s->current->text)
      s->current->text = text_copy(s->list);
    if (in_indicators && s->depth == 4 && s->current && s->current->shape == LIST)
      s->current->text = text_copy(s->list);
    if (in_indicators && s->depth == 2)
      write_rows(s->period, s->forum, s->indicator, &s->values, s->source, s->as_of, s->quality,
                 s->lower_bound);
    break;
  case YAML_SCALAR_EVENT: {
    const char *text = (const char *)event->data.scalar.value;
    int level = s->depth - 1;
    if (level < 0 || level >= MAX_DEPTH) break;
    if (!s->is_mapping[level]) { /* a list item: economy codes */
      if (in_indicators && s->current) {
        if (s->list[0]) strncat(s->list, " ", sizeof s->list - strlen(s->list) - 1);
        strncat(s->list, text, sizeof s->list - strlen(s->list) - 1);
        s->current->number += 1;
      }
      break;
    }
    if (s->expecting_key[level]) {
      s->expecting_key[level] = 0;
      snprintf(s->key[level], sizeof s->key[0], "%s", text);
      if (in_indicators && level == 1) snprintf(s->indicator, sizeof s->indicator, "%s", text);
      if (in_indicators && level == 2 && (!strcmp(text, "value") || !strcmp(text, "numerator"))
          && !s->current) {
        s->current = push(&s->values);
        s->current->line = line;
      }
      if (in_indicators && level == 3 && !strcmp(s->key[2], "by_economy")) {
        s->current = push(&s->values);
        snprintf(s->current->economy, sizeof s->current->economy, "%s", text);
        s->current->line = line;
      }
      break;
    }
    s->expecting_key[level] = 1;
    if (level == 0) {
      if (!strcmp(s->key[0], "period")) snprintf(s->period, sizeof s->period, "%s", text);
      if (!strcmp(s->key[0], "forum")) snprintf(s->forum, sizeof s->forum, "%s", text);
    } else if (in_indicators && level == 2) {
      if (!strcmp(s->key[2], "value")) classify(s->current, text);
      else if (!strcmp(s->key[2], "numerator")) {
        s->current->shape = RATIO;
        s->current->number = strtod(text, NULL);
      } else if (!strcmp(s->key[2], "denominator") && s->current) {
        s->current->shape = RATIO;
        s->current->denominator = strtod(text, NULL);
      } else if (!strcmp(s->key[2], "source")) snprintf(s->source, sizeof s->source, "%s", text);
      else if (!strcmp(s->key[2], "as_of")) snprintf(s->as_of, sizeof s->as_of, "%s", text);
      else if (!strcmp(s->key[2], "quality"))
        snprintf(s->quality, sizeof s->quality, "%s", text);
      else if (!strcmp(s->key[2], "lower_bound"))
        s->lower_bound = !strcasecmp(text, "yes") || !strcasecmp(text, "true");
    } else if (in_indicators && level == 3 && s->current) {
      classify(s->current, text);
    } else if (in_indicators && level == 4 && s->current) {
      if (!strcmp(s->key[4], "numerator")) s->current->number = strtod(text, NULL);
      else s->current->denominator = strtod(text, NULL);
    }
    break;
  }
  default:
    break;
  }
}

/* Reads one submission; 1 if it cannot be read or parsed. */
static int read_file(const char *path) {
  submission_t s;
  memset(&s, 0, sizeof s);
  int status = walk(path, on_submission_event, &s);
  free(s.values.items);
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
