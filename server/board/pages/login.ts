// 登录: name and password; the error names what went wrong without saying which part (no hint for guessers).
import { html } from "hono/html";
import { type Html, page } from "./layout.ts";

export function loginPage(opts: { error?: string; name?: string; next?: string }): Html {
  return page({
    title: { zh: "登录", en: "Log in" },
    body: html`
${opts.error ? html`<p class="error" role="alert" id="login-error">${opts.error}</p>` : ""}
<form method="post" action="/board/login" style="display:flex;flex-direction:column;gap:10px;max-width:340px">
  <input type="hidden" name="next" value="${opts.next ?? "/board"}">
  <label for="login-name">用户名 <span lang="en">Name</span></label>
  <input id="login-name" name="name" data-testid="login-name" autocomplete="username" required value="${opts.name ?? ""}"
    ${opts.error ? html`aria-describedby="login-error"` : ""}>
  <label for="login-password">密码 <span lang="en">Password</span></label>
  <input id="login-password" name="password" type="password" data-testid="login-password" autocomplete="current-password" required>
  <button type="submit" data-testid="login-submit">登录 <span lang="en">Log in</span></button>
</form>
<p class="note">首次启动时服务器会在控制台打印管理员 admin 的一次性密码。<span lang="en">On first start the server prints the admin's one-time password.</span></p>`,
  });
}
