# The reference platform server (kangqiao-platform). Its own SQLite store through QtSql: this
# process never links SQLCipher.
