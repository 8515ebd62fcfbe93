#include "core/TokenServicePage.h"

QByteArray TokenServicePage::html()
{
    return QByteArrayLiteral(R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CAS Console token service</title>
<style>
body { font-family: sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
label { display: block; margin-top: .8em; }
input { font: inherit; padding: .3em; width: 100%; box-sizing: border-box; }
button { font: inherit; margin-top: 1em; padding: .4em 1.2em; }
pre { background: #f3f3f3; padding: .8em; white-space: pre-wrap; word-break: break-all; }
.error { color: #a00; }
</style>
</head>
<body>
<h1>CAS Console token service</h1>
<p>This page asks the token service for a session's token, the way a sample app does, and shows the Web SDK call that joins the session.</p>
<form id="form">
<label for="session">Session</label>
<input id="session" name="session" value="default" autocomplete="off">
<label for="code">Access code (only when CAS Console shows one)</label>
<input id="code" name="code" type="password" autocomplete="off">
<button id="fetch" type="submit">Get token</button>
</form>
<p id="status" role="status"></p>
<pre id="token" hidden></pre>
<pre id="snippet" hidden></pre>
<script>
"use strict";
const form = document.getElementById("form");
const status = document.getElementById("status");
const tokenView = document.getElementById("token");
const snippet = document.getElementById("snippet");
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const session = document.getElementById("session").value.trim() || "default";
  const code = document.getElementById("code").value.trim();
  status.className = "";
  status.textContent = "Fetching…";
  tokenView.hidden = true;
  snippet.hidden = true;
  try {
    const headers = code ? { "Authorization": "Bearer " + code } : {};
    const response = await fetch("/token?session=" + encodeURIComponent(session), { headers, cache: "no-store" });
    const body = await response.json();
    if (!response.ok) {
      status.className = "error";
      status.textContent = "HTTP " + response.status + ": " + String(body.error);
      return;
    }
    const expires = body.expires_at === null ? "no expiry" : "expires " + new Date(body.expires_at * 1000).toLocaleString();
    status.textContent = "Token for session \"" + String(body.session) + "\", " + expires + ".";
    tokenView.textContent = String(body.token);
    tokenView.hidden = false;
    snippet.textContent = "const token = " + JSON.stringify(String(body.token)) + ";\n"
      + "WTSDK.Session.connect(token, displayName);";
    snippet.hidden = false;
  } catch (error) {
    status.className = "error";
    status.textContent = "The token service could not be reached: " + String(error);
  }
});
</script>
</body>
</html>
)html");
}
