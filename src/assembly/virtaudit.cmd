@echo off
rem virtaudit launcher for Windows, in the distribution: bin\virtaudit.cmd runs lib\virtaudit.jar
rem with Java 17 or later, from JAVA_HOME when it is set, else from the PATH.
rem VIRTAUDIT_JAVA_OPTS replaces the JVM options below (the same defaults as bin/virtaudit:
rem the C1 compiler only and the parallel collector start faster on small machines).
setlocal
set "VIRTAUDIT_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MetaspaceSize=128m -XX:MaxTenuringThreshold=0 -XX:MaxNewSize=256m"
if defined VIRTAUDIT_JAVA_OPTS set "OPTS=%VIRTAUDIT_JAVA_OPTS%"
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo virtaudit: needs Java 17 or later: set JAVA_HOME or put java on the PATH 1>&2
  exit /b 1
)
"%JAVA_EXE%" %OPTS% -jar "%VIRTAUDIT_HOME%\lib\virtaudit.jar" %*
exit /b %ERRORLEVEL%
