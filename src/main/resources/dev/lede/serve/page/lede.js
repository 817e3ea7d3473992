// Lede's page: calls this server's JSON API and shows the answer. No other host is contacted.
'use strict';

const TYPES = [
  ['PERSON', 'person'],
  ['COUNTRY', 'country'],
  ['LOCATION', 'place'],
  ['MINISTRY', 'ministry'],
  ['ORGANIZATION', 'organisation'],
];

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined) node.append(c);
  }
  return node;
}

function status(message, isError) {
  const s = $('status');
  s.textContent = message;
  s.classList.toggle('error', Boolean(isError));
}

async function api(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error((json && json.error) || ('HTTP ' + response.status));
  }
  return json;
}

// Same rule as the CLI's --format auto: markup near the start, or common block tags, is HTML.
function looksLikeHtml(text) {
  const head = text.slice(0, 4096);
  return /^\s*(<!doctype\s+html|<html|<head|<body|<!--|<meta|<div|<article|<p[\s>])/i.test(head)
    || /<(html|body|p|div|article)[\s>]/i.test(head);
}

function requestBody() {
  const text = $('text').value;
  let format = $('format').value;
  if (format === 'auto') format = looksLikeHtml(text) ? 'html' : 'text';
  return { [format]: text };
}

function salience(e) {
  return 'salience ' + Number(e.salience).toFixed(2);
}

function describe(e) {
  const parts = [e.name, e.type.charAt(0) + e.type.slice(1).toLowerCase()];
  if (e.countryCode) parts.push('ISO ' + e.countryCode);
  parts.push(salience(e));
  return parts.join(' · ');
}

function minutes(n) {
  return n + ' min';
}

function showMeta(a) {
  $('r-title').textContent = a.title || '(no title found)';
  const meta = [];
  if (a.byline) meta.push('By ' + a.byline);
  if (a.section) meta.push(a.section);
  if (a.publishedAt) meta.push(a.publishedAt);
  if (a.language) meta.push('language: ' + a.language);
  $('r-meta').textContent = meta.join(' · ');
}

function showReading(a) {
  const r = a.readingTime;
  let text = 'Reading time: ' + minutes(r.minutes) + ' (computed: ' + a.stats.words + ' words, '
    + r.seconds + ' s at ' + r.wordsPerMinute + ' words per minute)';
  text += a.statedReadingMinutes === null || a.statedReadingMinutes === undefined
    ? ' · the page states none'
    : ' · the page states ' + minutes(a.statedReadingMinutes);
  $('r-reading').textContent = text;
}

function showLegend(entities) {
  const legend = $('legend');
  legend.replaceChildren();
  for (const [type, label] of TYPES) {
    const count = entities.filter((e) => e.type === type).length;
    legend.append(el('span', { 'data-type': type },
      el('span', { class: 'swatch t-' + type, 'aria-hidden': 'true' }),
      label + ' (' + count + ')'));
  }
}

// Mentions carry UTF-16 offsets into the body, which is what JavaScript strings index.
function showBody(body, entities) {
  const mentions = [];
  for (const e of entities) {
    for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: e });
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const target = $('r-body');
  target.replaceChildren();
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue; // overlapping mentions are not expected; keep the first
    if (m.start > at) target.append(body.slice(at, m.start));
    target.append(el('mark', {
      class: 't-' + m.entity.type,
      tabindex: '0',
      'aria-label': body.slice(m.start, m.end) + ': ' + describe(m.entity),
      dataset: { tip: describe(m.entity), type: m.entity.type, name: m.entity.name },
    }, body.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < body.length) target.append(body.slice(at));
  target.hidden = false;
  $('r-nobody').hidden = true;
}

function showEntities(entities) {
  const list = $('r-entities');
  list.replaceChildren();
  for (const e of entities) {
    const count = e.mentions ? e.mentions.length : null;
    list.append(el('li', { 'data-type': e.type },
      el('span', { class: 'swatch t-' + e.type, 'aria-hidden': 'true' }),
      e.name + (e.countryCode ? ' (' + e.countryCode + ')' : ''),
      ' ',
      el('span', { class: 'kind' }, e.type.toLowerCase()
        + (e.salience === undefined ? '' : ', ' + salience(e))
        + (count === null ? '' : ', ' + count + (count === 1 ? ' mention' : ' mentions')))));
  }
}

function showKeywords(keywords) {
  const list = $('r-keywords');
  list.replaceChildren();
  for (const k of keywords) {
    list.append(el('li', {}, typeof k === 'string' ? k : (k.text || k.term)));
  }
}

function showRelated(related) {
  const list = $('r-related');
  list.replaceChildren();
  for (const r of related) {
    const reasons = [];
    if (r.sharedEntities.length) reasons.push('both name ' + r.sharedEntities.join(', '));
    if (r.sharedTerms.length) reasons.push('shared terms: ' + r.sharedTerms.join(', '));
    if (r.similarTopic) reasons.push('similar topic');
    const open = el('button', { type: 'button', class: 'link', dataset: { id: r.id } },
      r.title || r.id);
    open.addEventListener('click', () => showArchived(r.id));
    list.append(el('li', {},
      open,
      ' ',
      el('span', { class: 'meta' }, [r.section, r.publishedAt, 'score ' + r.score]
        .filter(Boolean).join(' · ')),
      el('div', { class: 'why' }, reasons.join('; ') || 'similar wording')));
  }
  $('r-norelated').hidden = related.length > 0;
}

function reveal() {
  const results = $('results');
  results.hidden = false;
  results.focus({ preventScroll: false });
}

async function analyse(event) {
  if (event) event.preventDefault();
  const body = requestBody();
  if (!Object.values(body)[0].trim()) {
    status('Paste an article first.', true);
    $('text').focus();
    return;
  }
  const button = $('analyse');
  button.disabled = true;
  status('Analysing…');
  try {
    const [analysis, related] = await Promise.all([
      api('POST', '/v1/analyze', body),
      api('POST', '/v1/related?limit=5', body),
    ]);
    showMeta(analysis);
    showReading(analysis);
    showLegend(analysis.entities);
    showBody(analysis.body, analysis.entities);
    showEntities(analysis.entities);
    showKeywords(analysis.keywords);
    showRelated(related.related);
    status('Found ' + analysis.entities.length + ' entities and ' + related.related.length
      + ' related articles.');
    reveal();
  } catch (e) {
    status('Could not analyse: ' + e.message, true);
  } finally {
    button.disabled = false;
  }
}

// The archive keeps entity keys ("PERSON:Name", "COUNTRY:BY"), not the text.
function archivedEntities(keys) {
  return keys.map((key) => {
    const colon = key.indexOf(':');
    const type = key.slice(0, colon);
    const value = key.slice(colon + 1);
    return type === 'COUNTRY' && /^[A-Z]{2}$/.test(value)
      ? { type, name: value, countryCode: value }
      : { type, name: value };
  });
}

async function showArchived(id) {
  if (!id) {
    status('Pick an article first.', true);
    return;
  }
  status('Loading ' + id + '…');
  try {
    const enc = encodeURIComponent(id);
    const [article, related] = await Promise.all([
      api('GET', '/v1/articles/' + enc),
      api('GET', '/v1/articles/' + enc + '/related?limit=5'),
    ]);
    showMeta(article);
    if (article.body) {
      // The archive keeps the body, not the mentions: analyse it again to highlight them.
      const analysis = await api('POST', '/v1/analyze',
        { title: article.title || '', body: article.body });
      showReading(analysis);
      showLegend(analysis.entities);
      showBody(analysis.body, analysis.entities);
      showEntities(analysis.entities);
    } else {
      $('r-reading').textContent = '';
      const entities = archivedEntities(article.entities);
      showLegend(entities);
      $('r-body').replaceChildren();
      $('r-body').hidden = true;
      $('r-nobody').hidden = false;
      showEntities(entities);
    }
    showKeywords(article.keywords);
    showRelated(related.related);
    status('Archived article ' + id + '.');
    reveal();
  } catch (e) {
    status('Could not load ' + id + ': ' + e.message, true);
  }
}

async function loadArchive() {
  const select = $('archive-id');
  try {
    const list = await api('GET', '/v1/articles?limit=1000');
    select.replaceChildren(el('option', { value: '' },
      list.articles === 0 ? '(the archive is empty)' : '(' + list.articles + ' articles)'));
    for (const id of list.ids) select.append(el('option', { value: id }, id));
  } catch (e) {
    select.replaceChildren(el('option', { value: '' }, '(archive unavailable)'));
  }
}

// One tooltip, placed in the viewport, for the mention under the pointer or keyboard focus.
function showTip(mark) {
  const tip = $('tip');
  tip.textContent = mark.dataset.tip;
  tip.hidden = false;
  const r = mark.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.max(4, Math.min(r.left, window.innerWidth - width - 4));
  const below = r.bottom + 4 + tip.offsetHeight < window.innerHeight;
  tip.style.left = left + 'px';
  tip.style.top = (below ? r.bottom + 4 : r.top - tip.offsetHeight - 4) + 'px';
  mark.classList.add('active');
}

function hideTip(mark) {
  $('tip').hidden = true;
  if (mark) mark.classList.remove('active');
}

document.addEventListener('DOMContentLoaded', () => {
  $('paste-form').addEventListener('submit', analyse);
  $('text').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) analyse(e);
  });
  $('archive-form').addEventListener('submit', (e) => {
    e.preventDefault();
    showArchived($('archive-id').value);
  });
  const body = $('r-body');
  for (const [on, off] of [['mouseover', 'mouseout'], ['focusin', 'focusout']]) {
    body.addEventListener(on, (e) => {
      if (e.target instanceof HTMLElement && e.target.tagName === 'MARK') showTip(e.target);
    });
    body.addEventListener(off, (e) => {
      if (e.target instanceof HTMLElement && e.target.tagName === 'MARK') hideTip(e.target);
    });
  }
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideTip(document.querySelector('mark.active'));
  });
  window.addEventListener('scroll', () => hideTip(document.querySelector('mark.active')),
    { passive: true });
  loadArchive();
});
