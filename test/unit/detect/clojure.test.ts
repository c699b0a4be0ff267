import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lex } from '../../../src/core/detect/lexer';
import { siteLines } from './siteLines';

const found = (text: string, fileName = 'openai.clj'): string[] => siteLines(text, fileName);

// Held-out corpus 415 had Clojure scripts calling the API through clj-http and babashka's HTTP client.
describe('Clojure requests', () => {
  it("a namespaced client's verb with a literal URL (clj-http, babashka), its verb from its name; not core's `get` of a map, nor another API", () => {
    const clj = [
      '(ns memex.core',
      "  (:require [clj-http.lite.client :as client] [babashka.http-client :as http]))",
      '',
      '(defn ask [prompt key]',
      '  (let [response (client/post "https://api.openai.com/v1/chat/completions"',
      '                              {:headers {"Authorization" (str "Bearer " key)}',
      '                               :body (json/generate-string {:model "gpt-4o" :messages [{:role "user" :content prompt}]})})]',
      '    (get (json/parse-string (:body response) true) :choices)))',
      '',
      '(defn models [] (http/get "https://api.openai.com/v1/models"))',
      '(defn claude [] (http/post "https://api.anthropic.com/v1/messages" {}))',
      '',
    ].join('\n');
    assert.deepEqual(found(clj), ['5 POST /v1/chat/completions openai', '10 GET /v1/models openai']);
  });

  it('a URL a def or let holds, or `(str base "/path")` builds; a base set at run time leaves the destination unknown', () => {
    const clj = [
      '(def ^:private api-base "https://api.openai.com/v1")',
      '(def base-url (System/getenv "LLM_BASE_URL"))',
      '(defn embed [text]',
      '  (http/post (str api-base "/embeddings") {:body text}))',
      '(defn speak [text]',
      '  (let [url (str api-base "/audio/speech")]',
      '    (http/post url {:body text})))',
      '(defn local [msgs]',
      '  (http/post (str base-url "/chat/completions") {:body msgs}))',
      '',
    ].join('\n');
    assert.deepEqual(found(clj), ['4 POST /v1/embeddings openai', '7 POST /v1/audio/speech openai', '9 POST /v1/chat/completions unknown']);
  });

  it("`request` given a map (`:method` and `:url`), and the file's own function handing its parameter on as the URL, at each caller", () => {
    const clj = [
      '(defn openapi-post [endpoint body opts]',
      '  (http/post endpoint {:headers (:headers opts) :body body}))',
      '',
      '(defn gpt-ask [q]',
      '  (openapi-post "https://api.openai.com/v1/chat/completions" {:messages [q]} {}))',
      '(defn list-files []',
      '  (http/request {:method :get :url "https://api.openai.com/v1/files"}))',
      '(defn upload [f]',
      '  (http/request {:url "https://api.openai.com/v1/files" :method :post :multipart [{:name "file" :content f}]}))',
      '',
    ].join('\n');
    assert.deepEqual(found(clj), ['5 POST /v1/chat/completions openai', '7 GET /v1/files openai', '9 POST /v1/files openai']);
  });

  it('not the forms of a `(comment …)` block, after `#_`, or in a `;` comment; a string over lines and a character literal read as Clojure reads them', () => {
    const clj = [
      '(def prompt "You are a helpful assistant.',
      '  Answer in one line; keep it short.")',
      '(def quote-char \\")',
      ';; (http/post "https://api.openai.com/v1/chat/completions" {})',
      '#_(http/post "https://api.openai.com/v1/embeddings" {})',
      '(comment',
      '  (http/post "https://api.openai.com/v1/moderations" {}))',
      '(http/post "https://api.openai.com/v1/responses" {:body prompt})',
      '',
    ].join('\n');
    assert.deepEqual(found(clj, 'scratch.bb'), ['8 POST /v1/responses openai']);
  });

  it("the lexer's Clojure mode: `;` comments, strings over lines, `'` quoting a form, character literals", () => {
    const text = "(def a '(1 2)) ; a \"note\"\n(def s \"x\ny\") (def c \\;)\n";
    const lexed = lex(text, 'lisp');
    assert.deepEqual(lexed.strings.map((s) => s.value), ['x\ny']);
    assert.deepEqual(lexed.comments.map((c) => text.slice(c.start, c.end)), ['; a "note"']);
    assert.equal(lexed.code.length, text.length);
  });
});

describe('found in review of the Clojure reader', () => {
  it("a `let` binding holds within its `let` only (another function's parameter of that name is its own)", () => {
    const clj = [
      '(defn ask [m]',
      '  (let [url "https://api.openai.com/v1/chat/completions"]',
      '    (http/post url {:body m})))',
      '(defn download [url]',
      '  (http/get url {:as :stream}))',
      '',
    ].join('\n');
    assert.deepEqual(found(clj), ['3 POST /v1/chat/completions openai']);
  });

  it("`request` maps: a string method, clj-http's `:request-method`, babashka's `:uri`; a map without a URL is none", () => {
    const clj = [
      '(http/request {:method "POST" :url "https://api.openai.com/v1/embeddings"})',
      '(client/request {:request-method :post :url "https://api.openai.com/v1/moderations"})',
      '(http/request {:uri "https://api.openai.com/v1/files" :method :get})',
      '(http/request {:method :post :headers {"x" "https://api.openai.com/v1/images/generations"}})',
      '',
    ].join('\n');
    assert.deepEqual(found(clj), ['1 POST /v1/embeddings openai', '2 POST /v1/moderations openai', '3 GET /v1/files openai']);
  });

  it("a helper sending with two verbs is no helper of one; a character literal `\\)` is no bracket", () => {
    const clj = [
      '(defn api [method url]',
      '  (if (= method :get) (http/get url) (http/post url {})))',
      '(api :get "https://api.openai.com/v1/models")',
      '(comment',
      '  (= c \\))',
      '  (http/post "https://api.openai.com/v1/chat/completions" {}))',
      '',
    ].join('\n');
    assert.deepEqual(found(clj), []);
  });
});
