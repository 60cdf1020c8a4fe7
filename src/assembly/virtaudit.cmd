@echo off
rem virtaudit launcher for Windows, in the distribution: bin\virtaudit.cmd runs lib\virtaudit.jar
rem with Java 17 or later, from JAVA_HOME when it is set, else from the PATH.
rem VIRTAUDIT_JAVA_OPTS replaces the JVM options of bin\jvm.options (the file bin/virtaudit reads
rem too, each option with why it is there).
setlocal
set "VIRTAUDIT_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
set OPTS=@"%VIRTAUDIT_HOME%\bin\jvm.options"
if defined VIRTAUDIT_JAVA_OPTS set "OPTS=%VIRTAUDIT_JAVA_OPTS%"
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo virtaudit: needs Java 17 or later: set JAVA_HOME or put java on the PATH 1>&2
  exit /b 1
)
"%JAVA_EXE%" %OPTS% -jar "%VIRTAUDIT_HOME%\lib\virtaudit.jar" %*
exit /b %ERRORLEVEL%
