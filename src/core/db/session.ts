/** One database session for raw SQL: migrations and the few queries Prisma cannot express. */
export type SqlSession = {
  exec(sql: string): Promise<void>
  query<T>(sql: string, params?: unknown[]): Promise<T[]>
}
