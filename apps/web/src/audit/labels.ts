/** Chinese names of the audited actions; an action not listed here is shown as its raw code. */
export const auditActionLabels: Record<string, string> = {
  "auth.login": "登录",
  "auth.login_failed": "登录失败",
  "auth.logout": "退出",
  "auth.change_password": "修改密码",
  "users.create": "新建账号",
  "users.update": "修改账号",
  "users.disable": "停用账号",
  "users.reset_password": "重置密码",
  "users.create_admin": "创建管理员",
  "registry.reveal_resident_id": "查看身份证号",
};

/** Areas an action filter can name as a prefix (the server matches "users" to users.*). */
export const auditAreaLabels: Record<string, string> = {
  auth: "全部登录与密码操作",
  users: "全部账号管理操作",
  registry: "全部学籍数据操作",
};

/** What kind of record an audit row is about. */
export const auditTargetLabels: Record<string, string> = {
  user: "账号",
  student: "学生",
  school: "学校",
};

export const actionLabel = (action: string) => auditActionLabels[action] ?? action;
