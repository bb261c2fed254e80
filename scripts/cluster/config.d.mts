// Types of config.mjs, so the cluster's e2e helpers can import it without allowJs.
export type ClusterConfig = {
  host: string
  port: number
  redisPort: number
  purgePort: number
  postgresPort: number
  databaseUrl: string | null
  smtpUrl: string | null
  mailbox: boolean
  mailSmtpPort: number
  mailWebPort: number
  appPorts: number[]
  dir: string
  distDir: string
  varnishMemory: string
  sharedCache: boolean
}
export declare function clusterConfig(env?: NodeJS.ProcessEnv): ClusterConfig
export declare function findProgram(name: string): string | null
export declare function missingPackages(env?: NodeJS.ProcessEnv): string[]
export declare const PIDS_FILE: string
export type ClusterSecrets = {redisPassword: string; signingSecret: string}
export declare function clusterSecrets(config: ClusterConfig, env?: NodeJS.ProcessEnv): ClusterSecrets
export declare function clusterPorts(config: ClusterConfig): number[]
export declare function clusterSmtpUrl(config: ClusterConfig): string | null
export declare function clusterRedisUrl(config: ClusterConfig, secrets: ClusterSecrets): string
export declare function redisArgs(config: ClusterConfig, secrets: ClusterSecrets): string[]
export declare function fillVcl(template: string, backends: {definitions: string; names: string[]}): string
export declare const POSTGRES_BIN: string
export declare function postgresProgram(name: string): string
export declare const POSTGRES_USER: string
export declare function clusterDatabaseUrl(config: ClusterConfig): string
export declare function postgresDataDir(config: ClusterConfig, uid?: number): string
export declare function postgresArgs(config: ClusterConfig): string[]
