import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
// The phone remote's route, /remote, behind the password given to `slidev --remote <password>`,
// asked for the way Slidev asks for it before its presenter view: `?password=` in the address, or
// a prompt. (The password only keeps out a casual visitor: use the remote on a network you trust.)
import { configs } from '@slidev/client'

function passwordGuard(to: RouteLocationNormalized) {
  if (!configs.remote || to.query.password === configs.remote)
    return true
  // eslint-disable-next-line no-alert
  if (to.query.password === undefined && prompt('Enter password') === configs.remote)
    return true
  return { path: '/' }
}

export const remoteRoute: RouteRecordRaw = {
  name: 'remote',
  path: '/remote',
  component: () => import('./RemotePage.vue'),
  beforeEnter: passwordGuard,
}
